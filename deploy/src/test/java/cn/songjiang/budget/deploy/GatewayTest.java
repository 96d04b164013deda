package cn.songjiang.budget.deploy;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The HAProxy gateway's configuration (deploy/haproxy/haproxy.cfg) checked and run by the installed HAProxy. */
class GatewayTest {

  private static final Path CONFIG = Path.of("haproxy", "haproxy.cfg");
  private static final int LIMIT = 5;

  private WireMockServer upstream;
  private Process haproxy;

  @AfterEach
  void stop() throws InterruptedException {
    if (haproxy != null) {
      haproxy.destroy();
      haproxy.waitFor(10, TimeUnit.SECONDS);
    }
    if (upstream != null) {
      upstream.stop();
    }
  }

  @Test
  void haproxyAcceptsTheConfigurationWithTheSettingsComposeGivesIt() throws Exception {
    Path output = Files.createTempFile("haproxy-check", ".log");
    Process check = haproxy(composeSettings(), output, "-c", "-f", CONFIG.toString());
    assertTrue(check.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, check.exitValue(), Files.readString(output));
  }

  @Test
  void aClientOverTheLimitIsAnswered429WithRetryAfterWhileTheOthersPassThrough() throws Exception {
    // The upstream accepts h2c, which the JDK client asks to upgrade to: the gateway must not let a connection
    // become a tunnel past its limit.
    upstream = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    upstream.start();
    upstream.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    int upstreamPort = upstream.port();

    Map<String, String> settings = new HashMap<>();
    settings.put("GATEWAY_ADDRESS", "127.0.0.1");
    settings.put("GATEWAY_RATE_LIMIT", String.valueOf(LIMIT));
    settings.put("GATEWAY_RETRY_AFTER", "10");
    int projectsPort = 0;
    for (String api : new String[] {"PROJECTS", "PROCUREMENT", "PAYMENTS"}) {
      int port = freePort();
      projectsPort = api.equals("PROJECTS") ? port : projectsPort;
      settings.put(api + "_PORT", String.valueOf(port));
      settings.put(api + "_SERVICE", "127.0.0.1:" + upstreamPort);
      settings.put(api + "_MANAGEMENT_PORT", String.valueOf(upstreamPort));
    }
    Path log = Files.createTempFile("haproxy", ".log");
    haproxy = haproxy(settings, log, "-db", "-f", CONFIG.toString());
    awaitListening(projectsPort, log);

    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    URI uri = URI.create("http://127.0.0.1:" + projectsPort + "/api/v1/projects");
    for (int i = 1; i <= LIMIT; i++) {
      HttpResponse<String> passed = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, passed.statusCode(), "request " + i + ": " + passed.body() + "\n" + Files.readString(log));
    }
    HttpResponse<String> limited = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());

    assertEquals(429, limited.statusCode());
    assertEquals("10", limited.headers().firstValue("Retry-After").orElse(null));
    assertEquals("application/problem+json", limited.headers().firstValue("Content-Type").orElse(null));
    assertTrue(limited.body().contains("\"status\":429"), limited.body());
    int served = upstream.countRequestsMatching(anyRequestedFor(urlPathMatching("(?!/q/health).*")).build()).getCount();
    assertEquals(LIMIT, served, "the limited request reached the service");
  }

  @Test
  void locallyTheGatewayTakesTurnsBetweenTheInstancesNamedOneByOneAndSaysWhichAnswered() throws Exception {
    List<WireMockServer> instances = new ArrayList<>();
    try {
      for (int i = 0; i < 2; i++) {
        WireMockServer instance = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        instance.start();
        instance.stubFor(any(anyUrl()).willReturn(okJson("{}")));
        instances.add(instance);
      }
      String servers = instances.stream()
          .map(i -> "127.0.0.1:" + i.port() + "/" + i.port())
          .collect(java.util.stream.Collectors.joining(","));
      Path backends = Files.createTempFile("haproxy-backends", ".cfg");
      Process written = new ProcessBuilder("bash", "haproxy/local-backends.sh", "projects=" + servers,
          "procurement=" + servers, "payments=" + servers)
          .redirectOutput(backends.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      assertTrue(written.waitFor(30, TimeUnit.SECONDS));
      assertEquals(0, written.exitValue());

      Map<String, String> settings = new HashMap<>();
      settings.put("GATEWAY_SERVERS_FILE", backends.toString());
      settings.put("GATEWAY_ADDRESS", "127.0.0.1");
      settings.put("GATEWAY_RATE_LIMIT", "100");
      settings.put("GATEWAY_RETRY_AFTER", "10");
      int paymentsPort = freePort();
      settings.put("PROJECTS_PORT", String.valueOf(freePort()));
      settings.put("PROCUREMENT_PORT", String.valueOf(freePort()));
      settings.put("PAYMENTS_PORT", String.valueOf(paymentsPort));
      Path log = Files.createTempFile("haproxy", ".log");
      haproxy = haproxy(settings, log, "-db", "-f", CONFIG.toString(), "-f", backends.toString());
      awaitListening(paymentsPort, log);

      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      URI uri = URI.create("http://127.0.0.1:" + paymentsPort + "/api/v1/due-payments");
      List<String> servedBy = new ArrayList<>();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (servedBy.size() < 4 && System.nanoTime() < deadline) {
        HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(uri).build(),
            HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() == 503) { // the first health checks have not passed yet
          servedBy.clear();
          instances.forEach(WireMockServer::resetRequests);
          Thread.sleep(200);
          continue;
        }
        assertEquals(200, answer.statusCode(), Files.readString(log));
        servedBy.add(answer.headers().firstValue("X-Served-By").orElse(null));
      }
      assertEquals(4, servedBy.size(), Files.readString(log));
      assertEquals(2, new java.util.HashSet<>(servedBy).size(), servedBy.toString());
      assertEquals(servedBy.get(0), servedBy.get(2), "round robin: " + servedBy);
      assertEquals(servedBy.get(1), servedBy.get(3), "round robin: " + servedBy);
      assertTrue(servedBy.stream().allMatch(name -> name.matches("payments-[12]")), servedBy.toString());
      for (WireMockServer instance : instances) {
        int answered = instance.countRequestsMatching(
            anyRequestedFor(urlPathMatching("/api/v1/due-payments")).build()).getCount();
        assertEquals(2, answered, "each instance answered two of the four: " + servedBy);
      }
    } finally {
      instances.forEach(WireMockServer::stop);
    }
  }

  /** The values docker-compose.yml sets for its gateway service. */
  private static Map<String, String> composeSettings() {
    String compose = Manifests.read(Path.of("..", "docker", "docker-compose.yml"));
    String gateway = compose.substring(compose.indexOf("\n  gateway:\n"));
    gateway = gateway.substring(0, gateway.indexOf("\n\n"));
    Map<String, String> settings = new HashMap<>();
    var matcher = java.util.regex.Pattern.compile("(?m)^ {6}([A-Z_]+): (\\S+)$").matcher(gateway);
    while (matcher.find()) {
      settings.put(matcher.group(1), matcher.group(2).replaceAll("\\$\\{[A-Z_]+:-(\\w+)}", "$1"));
    }
    assertTrue(settings.keySet().containsAll(java.util.List.of("PROJECTS_SERVICE", "GATEWAY_RATE_LIMIT")), gateway);
    return settings;
  }

  private static Process haproxy(Map<String, String> settings, Path output, String... arguments) throws IOException {
    String executable = executable();
    String[] command = new String[arguments.length + 1];
    command[0] = executable;
    System.arraycopy(arguments, 0, command, 1, arguments.length);
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectErrorStream(true)
        .redirectOutput(output.toFile());
    builder.environment().putAll(settings);
    return builder.start();
  }

  /** Debian installs it in /usr/sbin, which a user's PATH may lack. */
  private static String executable() {
    String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin";
    for (String folder : path.split(File.pathSeparator)) {
      Path candidate = Path.of(folder, "haproxy");
      if (!folder.isEmpty() && Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    throw new AssertionError(
        "haproxy is missing: install it (Debian/Ubuntu: apt-get install haproxy; macOS: brew install haproxy)");
  }

  private void awaitListening(int port, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      assertTrue(haproxy.isAlive(), "haproxy stopped: " + Files.readString(log));
      try (Socket socket = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new AssertionError("haproxy did not listen on " + port + ": " + Files.readString(log));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
