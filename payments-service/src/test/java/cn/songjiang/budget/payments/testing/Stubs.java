package cn.songjiang.budget.payments.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.microprofile.config.ConfigProvider;

/** Registers provider documents in the {@link ProviderStub} and switches providers down and up. */
public final class Stubs {

    public static final String PROJECTS = "projects";
    public static final String PROCUREMENT = "procurement";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Stubs() {
    }

    public static void put(TestProject project) {
        send("PUT", "/projects/" + project.id, write(project.toJson()));
    }

    public static void put(TestContract contract) {
        putContract(contract.id, contract.toJson());
    }

    static void putContract(long id, Object json) {
        send("PUT", "/contracts/" + id, write(json));
    }

    /** The provider answers 503 to everything. */
    public static void down(String service) {
        send("POST", "/down/" + service + "/error", "");
    }

    /** The provider answers, but only after 5 seconds. */
    public static void slow(String service) {
        send("POST", "/down/" + service + "/slow", "");
    }

    /** The provider answers every call with this status and a problem body. */
    public static void answer(String service, int status) {
        send("POST", "/down/" + service + "/" + status, "");
    }

    public static void up(String service) {
        send("POST", "/up/" + service, "");
    }

    /** How many calls to its API the provider has served since the stub started. */
    public static int hits(String service) {
        return Integer.parseInt(send("GET", "/hits/" + service, ""));
    }

    private static String write(Object document) {
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String send(String method, String path, String body) {
        String base = ConfigProvider.getConfig().getValue("budget.test.stub-url", String.class);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + ProviderStub.ADMIN + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("stub refused " + path + ": " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
