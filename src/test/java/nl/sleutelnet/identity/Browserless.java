package nl.sleutelnet.identity;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal HTTP client over the real server that keeps cookies the way a browser on
 * localhost does (including Secure cookies, which java.net's CookieManager would not send).
 */
public final class Browserless {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    final Map<String, String> cookies = new LinkedHashMap<>();

    public Browserless(int port) {
        this.base = "http://localhost:" + port;
    }

    /** The address of a path on this server. */
    public URI uri(String path) {
        return URI.create(base + path);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The CSRF token of the form on a page. */
    public String csrf(String path) throws IOException, InterruptedException {
        Matcher matcher = CSRF.matcher(get(path).body());
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on " + path);
        }
        return matcher.group(1);
    }

    /** Logs in with the login form; returns the response to the form post. */
    public HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
        String token = csrf("/inloggen");
        return post("/inloggen", Map.of("gebruikersnaam", username, "wachtwoord", password, "_csrf", token));
    }

    String session() {
        return cookies.get(SecurityConfiguration.SESSION_COOKIE);
    }

    /** Sends a request with the cookies kept so far, and keeps the ones it sets. */
    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            String name = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            if (value.isEmpty() || header.contains("Max-Age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return response;
    }
}
