package cn.songjiang.budget.procurement.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.microprofile.config.ConfigProvider;

/** Drives the {@link ProjectsStub} of the running test application over HTTP. */
public final class StubControl {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private StubControl() {
    }

    public static void registerProject(String json) {
        post("/projects", json);
    }

    public static void registerDepartmentBudget(String json) {
        post("/department-budgets", json);
    }

    public static void down() {
        post("/down", "");
    }

    /** Answers every call with this status and a problem body. */
    public static void answer(int status) {
        post("/answer/" + status, "");
    }

    public static void slow() {
        post("/slow", "");
    }

    /** Answers without a bearer token: for tests that call the client outside an HTTP request. */
    public static void open() {
        post("/open", "");
    }

    public static void secure() {
        post("/secure", "");
    }

    public static void up() {
        post("/up", "");
    }

    /** How many calls to its API the stub has served since it started. */
    public static int hits() {
        return Integer.parseInt(send(HttpRequest.newBuilder(uri("/hits")).GET().build()));
    }

    private static void post(String command, String body) {
        send(HttpRequest.newBuilder(uri(command)).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static URI uri(String command) {
        String base = ConfigProvider.getConfig().getValue("quarkus.rest-client.projects.url", String.class);
        return URI.create(base + ProjectsStub.CONTROL + command);
    }

    private static String send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("stub control " + request.uri() + " answered " + response.statusCode());
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
