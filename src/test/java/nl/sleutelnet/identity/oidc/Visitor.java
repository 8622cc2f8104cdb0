package nl.sleutelnet.identity.oidc;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser, for the sign-in flow over real HTTP: follows no redirect by
 * itself and keeps its own cookies (also {@code Secure} ones on http://localhost, as Chromium does,
 * which {@link java.net.CookieManager} would not send). Cookies are kept by name only: the
 * application and the provider use different names.
 */
final class Visitor {

    private static final Pattern HIDDEN_CSRF = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    HttpResponse<String> post(String url, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Where a redirect points, made absolute against the request's URL. */
    static String location(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("no redirect but " + response.statusCode() + " from "
                        + response.uri()));
        return response.uri().resolve(location).toString();
    }

    /** The hidden CSRF token of the first form on the page. */
    static String csrf(HttpResponse<String> page) {
        Matcher input = HIDDEN_CSRF.matcher(page.body());
        if (!input.find()) {
            throw new AssertionError("no CSRF field on " + page.uri());
        }
        Matcher value = VALUE.matcher(input.group());
        if (!value.find()) {
            throw new AssertionError("CSRF field without value on " + page.uri());
        }
        return value.group(1).replace("&#45;", "-");
    }

    Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        request.header("Accept", "text/html");
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            keep(response.headers().allValues("Set-Cookie"));
            return response;
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private void keep(List<String> setCookies) {
        for (String header : setCookies) {
            String pair = header.split(";", 2)[0];
            int at = pair.indexOf('=');
            String name = pair.substring(0, at).strip();
            String value = pair.substring(at + 1).strip();
            boolean expired = header.toLowerCase().contains("max-age=0") || value.isEmpty();
            if (expired) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }
}
