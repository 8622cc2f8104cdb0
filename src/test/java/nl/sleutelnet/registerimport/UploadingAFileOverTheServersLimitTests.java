package nl.sleutelnet.registerimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.sleutelnet.SleutelnetTest;
import nl.sleutelnet.identity.Browserless;

/**
 * A file far over the import's limit, sent by the browser form over real HTTP: the multipart
 * limit of the server is reached before the controller sees the file. The answer is the same
 * Dutch upload page as for a file just over the import's own limit, not an error in English.
 */
@SleutelnetTest
class UploadingAFileOverTheServersLimitTests {

    private static final String BOUNDARY = "----sleutelnet-test-boundary";

    @LocalServerPort
    int port;

    @Test
    void aFileOfFiftyMegabytesGetsTheDutchUploadPage() throws Exception {
        HttpResponse<String> response = upload(50);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body()).contains("Controleer het formulier", "Het bestand is te groot",
                "hoogstens 10 MB", "Sleutelfiguren importeren").doesNotContain("\"status\"", "Payload", "Content Too Large");
    }

    @Test
    void aFileOfTwelveMegabytesGetsThatPageToo() throws Exception {
        HttpResponse<String> response = upload(12);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Controleer het formulier", "Het bestand is te groot", "hoogstens 10 MB");
    }

    private HttpResponse<String> upload(int megabytes) throws Exception {
        Browserless browser = new Browserless(port);
        assertThat(browser.login("coordinator@maasoever.demo", "Demo-Sleutelnet-2026").statusCode()).isEqualTo(302);
        String token = browser.csrf("/sleutelfiguren/import");
        byte[] content = new byte[megabytes * 1024 * 1024];
        Arrays.fill(content, (byte) 'x');
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"tekenset\"\r\n\r\nauto\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"groot.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nVoornaam;Achternaam\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return browser.send(HttpRequest.newBuilder(browser.uri("/sleutelfiguren/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Accept", "text/html,application/xhtml+xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }
}
