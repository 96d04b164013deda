package cn.songjiang.budget.deploy;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.songjiang.budget.deploy.Traffic.Pod;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class KubernetesManifestsTest {

  private static final String NAMESPACE = "budget";
  private static final List<String> APIS = List.of("projects-service", "procurement-service", "payments-service");
  private static final List<String> WORKLOADS =
      List.of("projects-service", "procurement-service", "payments-service", "console", "keycloak");
  private static final Map<String, List<String>> PROVIDERS = Map.of(
      "projects-service", List.of(),
      "procurement-service", List.of("projects"),
      "payments-service", List.of("projects", "procurement"));

  /** Sessions a database keeps for others than its service: CloudNativePG's superuser reserve and its manager's, psql. */
  private static final int DATABASE_OWN_CONNECTIONS = 20;

  private final Manifests manifests = Manifests.base();

  @Test
  void everyWorkloadRunsAtLeastTwoReplicasWithTheThreeProbesAndResourceBounds() {
    List<Deployment> deployments = manifests.all(Deployment.class);
    assertEquals(Set.copyOf(WORKLOADS), names(deployments));
    for (Deployment deployment : deployments) {
      String name = deployment.getMetadata().getName();
      assertTrue(deployment.getSpec().getReplicas() >= 2, name + " replicas");
      for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
        String where = name + "/" + container.getName();
        Set<String> ports = container.getPorts().stream().map(ContainerPort::getName).collect(Collectors.toSet());
        assertAll(where,
            () -> assertProbe(where + " startup", container.getStartupProbe(), ports, "/started"),
            () -> assertProbe(where + " readiness", container.getReadinessProbe(), ports, "/ready"),
            () -> assertProbe(where + " liveness", container.getLivenessProbe(), ports, "/live"),
            () -> assertEquals(Set.of("cpu", "memory"), container.getResources().getRequests().keySet(), where),
            () -> assertEquals(Set.of("cpu", "memory"), container.getResources().getLimits().keySet(), where));
      }
    }
  }

  @Test
  void theServicesAndTheConsoleAreProbedOnTheirManagementPort() {
    Map<String, Integer> management = Map.of(
        "projects-service", 9081, "procurement-service", 9082, "payments-service", 9083, "console", 9080);
    management.forEach((name, port) -> {
      Container container = manifests.named(Deployment.class, name).getSpec().getTemplate().getSpec()
          .getContainers().get(0);
      assertEquals(port, container.getPorts().stream().filter(p -> p.getName().equals("management"))
          .findFirst().orElseThrow().getContainerPort(), name);
      assertEquals("/q/health/ready", container.getReadinessProbe().getHttpGet().getPath(), name);
    });
  }

  @Test
  void everyDeploymentHasADisruptionBudgetAndTheAppsAnAutoscalerKeepingTwoOrMore() {
    for (Deployment deployment : manifests.all(Deployment.class)) {
      String name = deployment.getMetadata().getName();
      Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
      List<PodDisruptionBudget> budgets = manifests.all(PodDisruptionBudget.class).stream()
          .filter(b -> Traffic.matches(b.getSpec().getSelector(), podLabels)).toList();
      assertEquals(1, budgets.size(), name + ": disruption budgets");
      assertEquals(1, budgets.get(0).getSpec().getMinAvailable().getIntVal(), name);
    }
    for (String name : List.of("projects-service", "procurement-service", "payments-service", "console")) {
      HorizontalPodAutoscaler autoscaler = manifests.all(HorizontalPodAutoscaler.class).stream()
          .filter(h -> h.getSpec().getScaleTargetRef().getKind().equals("Deployment"))
          .filter(h -> h.getSpec().getScaleTargetRef().getName().equals(name))
          .findFirst().orElseThrow(() -> new AssertionError("no autoscaler for " + name));
      assertTrue(autoscaler.getSpec().getMinReplicas() >= 2, name);
      assertTrue(autoscaler.getSpec().getMaxReplicas() > autoscaler.getSpec().getMinReplicas(), name);
      assertFalse(autoscaler.getSpec().getMetrics().isEmpty(), name);
    }
  }

  @Test
  void everyServiceSelectsADeploymentOnAPortItDeclares() {
    for (Service service : manifests.all(Service.class)) {
      Deployment target = manifests.all(Deployment.class).stream()
          .filter(d -> d.getSpec().getTemplate().getMetadata().getLabels().entrySet()
              .containsAll(service.getSpec().getSelector().entrySet()))
          .findFirst().orElseThrow(() -> new AssertionError(service.getMetadata().getName() + " selects nothing"));
      Set<String> ports = target.getSpec().getTemplate().getSpec().getContainers().get(0).getPorts().stream()
          .map(ContainerPort::getName).collect(Collectors.toSet());
      service.getSpec().getPorts().forEach(p ->
          assertTrue(ports.contains(p.getTargetPort().getStrVal()), service.getMetadata().getName() + " " + p));
    }
  }

  @Test
  void everyVariableComesFromASecretOrConfigMapThatHoldsIt() {
    for (Deployment deployment : manifests.all(Deployment.class)) {
      Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
      String name = deployment.getMetadata().getName();
      for (EnvFromSource source : container.getEnvFrom()) {
        if (source.getConfigMapRef() != null) {
          assertTrue(manifests.has(ConfigMap.class, source.getConfigMapRef().getName()), name + " " + source);
        } else {
          assertTrue(manifests.has(Secret.class, source.getSecretRef().getName()), name + " " + source);
        }
      }
      for (EnvVar variable : container.getEnv()) {
        assertNotNull(variable.getValueFrom(), name + ": " + variable.getName() + " is written in the Deployment");
        var secretKey = variable.getValueFrom().getSecretKeyRef();
        assertNotNull(secretKey, name + ": " + variable.getName());
        assertTrue(keysOf(manifests.named(Secret.class, secretKey.getName())).contains(secretKey.getKey()),
            name + ": " + variable.getName());
      }
    }
  }

  @Test
  void eachApiIsGivenEverySettingTheComposeFileGivesIt() {
    Map<String, Set<String>> compose = composeEnvironment();
    for (String api : APIS) {
      Map<String, String> env = environment(manifests.named(Deployment.class, api));
      assertTrue(env.keySet().containsAll(compose.get(api)),
          api + " lacks " + new TreeSet<>(compose.get(api)).stream().filter(v -> !env.containsKey(v)).toList());
      String database = api.replace("-service", "");
      assertEquals("jdbc:postgresql://" + database + "-db-rw:5432/" + database,
          env.get("QUARKUS_DATASOURCE_JDBC_URL"), api);
      for (String provider : PROVIDERS.get(api)) {
        String url = env.get("QUARKUS_REST_CLIENT_" + provider.toUpperCase() + "_URL");
        Service service = manifests.named(Service.class, provider + "-service");
        assertEquals("http://" + provider + "-service:" + service.getSpec().getPorts().get(0).getPort(), url, api);
      }
      assertTrue(env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION")
          .startsWith("http://keycloak:8080/realms/budget/"), api);
      assertEquals("realm_access/roles", env.get("SMALLRYE_JWT_PATH_GROUPS"), api);
    }
  }

  @Test
  void secretsHoldPlaceholdersThatSayWhatToSetAndNoValues() {
    List<Secret> secrets = manifests.all(Secret.class);
    assertFalse(secrets.isEmpty());
    for (Secret secret : secrets) {
      String name = secret.getMetadata().getName();
      assertTrue(secret.getData() == null || secret.getData().isEmpty(), name + " has encoded data");
      secret.getStringData().forEach((key, value) -> {
        if (!key.toLowerCase().contains("username")) {
          assertTrue(value.startsWith("SET-ME-") && value.length() > "SET-ME-".length() + 5, name + "/" + key);
        }
      });
    }
  }

  @Test
  void eachServiceHasAThreeInstanceDatabaseWithASynchronousStandbyAndBackups() {
    List<GenericKubernetesResource> clusters = manifests.custom("Cluster");
    assertEquals(Set.of("projects-db", "procurement-db", "payments-db", "keycloak-db"), names(clusters));
    Set<String> scheduled = manifests.custom("ScheduledBackup").stream()
        .map(b -> (String) b.get("spec", "cluster", "name")).collect(Collectors.toSet());
    for (GenericKubernetesResource cluster : clusters) {
      String name = cluster.getMetadata().getName();
      assertEquals("postgresql.cnpg.io/v1", cluster.getApiVersion());
      assertEquals(3, ((Number) cluster.get("spec", "instances")).intValue(), name);
      assertTrue(((Number) cluster.get("spec", "postgresql", "synchronous", "number")).intValue() >= 1, name);
      assertEquals("required", cluster.get("spec", "postgresql", "synchronous", "dataDurability"), name);
      assertTrue(Set.of("any", "first").contains(cluster.<String>get("spec", "postgresql", "synchronous", "method")));
      assertTrue(cluster.<String>get("spec", "backup", "barmanObjectStore", "destinationPath").startsWith("s3://"));
      for (String credential : List.of("accessKeyId", "secretAccessKey")) {
        String secret = cluster.get("spec", "backup", "barmanObjectStore", "s3Credentials", credential, "name");
        String key = cluster.get("spec", "backup", "barmanObjectStore", "s3Credentials", credential, "key");
        assertTrue(keysOf(manifests.named(Secret.class, secret)).contains(key), name + " " + credential);
      }
      assertTrue(scheduled.contains(name), name + " has no ScheduledBackup");
      String owner = cluster.get("spec", "bootstrap", "initdb", "secret", "name");
      assertEquals(Set.of("username", "password"), keysOf(manifests.named(Secret.class, owner)), name);
    }
    for (String api : APIS) {
      String database = api.replace("-service", "");
      GenericKubernetesResource cluster = clusters.stream()
          .filter(c -> c.getMetadata().getName().equals(database + "-db")).findFirst().orElseThrow();
      assertEquals(database, cluster.get("spec", "bootstrap", "initdb", "database"));
      String owner = cluster.get("spec", "bootstrap", "initdb", "secret", "name");
      manifests.named(Deployment.class, api).getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()
          .forEach(v -> assertEquals(owner, v.getValueFrom().getSecretKeyRef().getName(), api + " " + v.getName()));
    }
  }

  @Test
  void eachDatabaseAcceptsThePoolsOfEveryInstanceItsServiceMayRun() {
    Path production = Manifests.KUBERNETES.resolve("overlays").resolve("production");
    int productionReplicas = patchedValue(production.resolve("autoscalers.yaml"), "/spec/maxReplicas");
    int productionConnections =
        patchedValue(production.resolve("databases.yaml"), "/spec/postgresql/parameters/max_connections");
    for (String api : APIS) {
      int pool = Integer.parseInt(manifests.named(ConfigMap.class, api + "-config").getData()
          .get("QUARKUS_DATASOURCE_JDBC_MAX_SIZE"));
      int surge = manifests.named(Deployment.class, api).getSpec().getStrategy().getRollingUpdate().getMaxSurge()
          .getIntVal();
      int replicas = manifests.named(HorizontalPodAutoscaler.class, api).getSpec().getMaxReplicas();
      GenericKubernetesResource cluster = manifests.custom("Cluster").stream()
          .filter(c -> c.getMetadata().getName().equals(api.replace("-service", "-db"))).findFirst().orElseThrow();
      int connections = Integer.parseInt(cluster.get("spec", "postgresql", "parameters", "max_connections"));
      assertTrue((replicas + surge) * pool + DATABASE_OWN_CONNECTIONS <= connections,
          api + ": " + (replicas + surge) + " instances of " + pool + " connections, max_connections " + connections);
      assertTrue((productionReplicas + surge) * pool + DATABASE_OWN_CONNECTIONS <= productionConnections,
          api + " in production: " + (productionReplicas + surge) + " instances of " + pool
              + " connections, max_connections " + productionConnections);
    }
  }

  private static int patchedValue(Path patch, String path) {
    for (JsonNode operation : Manifests.yaml(patch)) {
      if (operation.path("path").asString().equals(path)) {
        return Integer.parseInt(operation.path("value").asString());
      }
    }
    throw new AssertionError(patch + " does not set " + path);
  }

  @Test
  void keycloakImportsTheRealmFromTheConfigMapTheKustomizationMakes() {
    Deployment keycloak = manifests.named(Deployment.class, "keycloak");
    Container container = keycloak.getSpec().getTemplate().getSpec().getContainers().get(0);
    assertTrue(container.getArgs().contains("--import-realm"));
    String volume = container.getVolumeMounts().stream()
        .filter(m -> m.getMountPath().equals("/opt/keycloak/data/import")).findFirst().orElseThrow().getName();
    String configMap = keycloak.getSpec().getTemplate().getSpec().getVolumes().stream()
        .filter(v -> v.getName().equals(volume)).findFirst().orElseThrow().getConfigMap().getName();
    JsonNode generator = Manifests.yaml(Manifests.BASE.resolve("kustomization.yaml")).path("configMapGenerator")
        .valueStream().filter(g -> g.path("name").asString().equals(configMap)).findFirst().orElseThrow();
    assertEquals("budget-realm.json=../../../keycloak/budget-realm.json", generator.path("files").get(0).asString());
    ConfigMap console = manifests.named(ConfigMap.class, "console-config");
    assertEquals("budget-console", console.getData().get("QUARKUS_OIDC_CLIENT_ID"));
    assertEquals("oidc", console.getData().get("CONSOLE_SIGN_IN"), "the console signs people in at Keycloak");
    assertEquals("true", console.getData().get("QUARKUS_OIDC_TENANT_ENABLED"));
    assertTrue(console.getData().get("QUARKUS_OIDC_AUTH_SERVER_URL").endsWith("/realms/budget"));
  }

  @Test
  void networkPoliciesDenyByDefaultAndOpenOnlyThePlatformsPaths() {
    List<NetworkPolicy> policies = manifests.all(NetworkPolicy.class);
    NetworkPolicy deny = manifests.named(NetworkPolicy.class, "default-deny");
    assertTrue(deny.getSpec().getPodSelector().getMatchLabels() == null
        || deny.getSpec().getPodSelector().getMatchLabels().isEmpty());
    assertEquals(Set.of("Ingress", "Egress"), Set.copyOf(deny.getSpec().getPolicyTypes()));
    assertTrue(deny.getSpec().getIngress().isEmpty() && deny.getSpec().getEgress().isEmpty());

    Traffic traffic = new Traffic(NAMESPACE, policies);
    Pod ingress = new Pod("ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx"));
    Pod stranger = new Pod(NAMESPACE, Map.of("app", "debug-shell"));
    Pod keycloak = pod("keycloak");
    Map<String, Integer> http = Map.of(
        "projects-service", 8081, "procurement-service", 8082, "payments-service", 8083, "console", 8080);

    assertAll(
        () -> http.forEach((name, port) -> assertTrue(traffic.allows(ingress, pod(name), port), "ingress → " + name)),
        () -> assertTrue(traffic.allows(ingress, keycloak, 8080), "ingress → keycloak"),
        () -> http.forEach((name, port) -> assertFalse(traffic.allows(stranger, pod(name), port), "pod → " + name)),
        () -> assertFalse(traffic.allows(ingress, pod("projects-service"), 9081), "ingress → management"),
        () -> assertFalse(traffic.allows(ingress, database("payments-db"), 5432), "ingress → database"),
        () -> assertTrue(traffic.allows(pod("procurement-service"), pod("projects-service"), 8081)),
        () -> assertTrue(traffic.allows(pod("payments-service"), pod("projects-service"), 8081)),
        () -> assertTrue(traffic.allows(pod("payments-service"), pod("procurement-service"), 8082)),
        () -> assertFalse(traffic.allows(pod("projects-service"), pod("procurement-service"), 8082)),
        () -> assertFalse(traffic.allows(pod("procurement-service"), pod("payments-service"), 8083)),
        () -> assertFalse(traffic.allows(pod("projects-service"), pod("payments-service"), 8083)),
        () -> assertTrue(traffic.allows(pod("console"), pod("payments-service"), 8083)),
        () -> assertTrue(traffic.allows(pod("console"), keycloak, 8080)),
        () -> assertFalse(traffic.allows(pod("console"), database("projects-db"), 5432)),
        () -> assertTrue(traffic.allows(keycloak, database("keycloak-db"), 5432)),
        () -> assertFalse(traffic.allows(stranger, keycloak, 8080), "pod → keycloak"));
    for (String api : APIS) {
      String own = api.replace("-service", "-db");
      assertTrue(traffic.allows(pod(api), database(own), 5432), api + " → " + own);
      assertTrue(traffic.allows(pod(api), keycloak, 8080), api + " → keycloak (JWKS)");
      assertTrue(traffic.allows(database(own), database(own), 5432), own + " replication");
      for (String other : List.of("projects-db", "procurement-db", "payments-db", "keycloak-db")) {
        if (!other.equals(own)) {
          assertFalse(traffic.allows(pod(api), database(other), 5432), api + " → " + other);
          assertFalse(traffic.allows(database(other), database(own), 5432), other + " → " + own);
        }
      }
    }
  }

  @Test
  void theIngressServesEveryHostOnTlsAndLimitsEachClientWith429() {
    Ingress ingress = manifests.named(Ingress.class, "budget");
    Map<String, String> annotations = ingress.getMetadata().getAnnotations();
    assertTrue(Integer.parseInt(annotations.get("nginx.ingress.kubernetes.io/limit-rps")) > 0);
    assertEquals("true", annotations.get("nginx.ingress.kubernetes.io/ssl-redirect"));
    Set<String> tlsHosts = ingress.getSpec().getTls().stream().flatMap(t -> t.getHosts().stream())
        .collect(Collectors.toSet());
    ingress.getSpec().getTls().forEach(t -> assertNotNull(t.getSecretName()));
    Set<String> backends = new TreeSet<>();
    for (IngressRule rule : ingress.getSpec().getRules()) {
      assertTrue(tlsHosts.contains(rule.getHost()), rule.getHost() + " is not on TLS");
      for (var path : rule.getHttp().getPaths()) {
        IngressBackend backend = path.getBackend();
        Service service = manifests.named(Service.class, backend.getService().getName());
        assertTrue(service.getSpec().getPorts().stream()
            .anyMatch(p -> p.getName().equals(backend.getService().getPort().getName())), rule.getHost());
        backends.add(service.getMetadata().getName());
      }
    }
    assertEquals(new TreeSet<>(WORKLOADS), backends);

    List<HasMetadata> controller = Manifests.load(Manifests.BASE.resolve("ingress-nginx-controller.yaml"));
    ConfigMap config = (ConfigMap) controller.get(0);
    assertEquals("ingress-nginx", config.getMetadata().getNamespace());
    assertEquals("429", config.getData().get("limit-req-status-code"));
    assertTrue(config.getData().get("server-snippet").contains("add_header Retry-After"));
  }

  @Test
  void theOverlaysPatchOnlyWhatTheBaseHasAndKeepTheReplicaFloors() {
    Set<String> kinds = manifests.resources.stream().map(HasMetadata::getKind).collect(Collectors.toSet());
    for (String overlay : List.of("local", "production")) {
      Path folder = Manifests.KUBERNETES.resolve("overlays").resolve(overlay);
      JsonNode kustomization = Manifests.yaml(folder.resolve("kustomization.yaml"));
      assertEquals("../../base", kustomization.path("resources").get(0).asString(), overlay);
      for (JsonNode image : kustomization.path("images")) {
        String name = image.path("name").asString();
        assertTrue(manifests.all(Deployment.class).stream().flatMap(d -> d.getSpec().getTemplate().getSpec()
            .getContainers().stream()).anyMatch(c -> c.getImage().startsWith(name + ":")), overlay + " " + name);
      }
      for (JsonNode patch : kustomization.path("patches")) {
        Path file = folder.resolve(patch.path("path").asString());
        assertTrue(Files.isRegularFile(file), file.toString());
        JsonNode target = patch.path("target");
        List<HasMetadata> targets;
        if (target.isMissingNode()) {
          HasMetadata merge = Manifests.load(file).get(0);
          targets = manifests.resources.stream().filter(r -> r.getKind().equals(merge.getKind())
              && r.getMetadata().getName().equals(merge.getMetadata().getName())).toList();
        } else {
          assertTrue(kinds.contains(target.path("kind").asString()), file.toString());
          Pattern name = Pattern.compile(target.path("name").asString(".*"));
          targets = manifests.resources.stream().filter(r -> r.getKind().equals(target.path("kind").asString())
              && name.matcher(r.getMetadata().getName()).matches()).toList();
          for (JsonNode operation : Manifests.yaml(file)) {
            assertOperationKeepsFloors(file, operation);
          }
        }
        assertFalse(targets.isEmpty(), file + " patches nothing in the base");
      }
    }
  }

  private static void assertOperationKeepsFloors(Path file, JsonNode operation) {
    String path = operation.path("path").asString();
    JsonNode value = operation.path("value");
    switch (path) {
      case "/spec/replicas", "/spec/minReplicas" -> assertTrue(value.asInt() >= 2, file + " " + path);
      case "/spec/instances" -> assertEquals(3, value.asInt(), file + " " + path);
      default -> assertFalse(path.startsWith("/spec/postgresql/synchronous") || path.startsWith("/spec/backup/barman")
          && !path.endsWith("endpointURL"), file + " weakens " + path);
    }
  }

  private static void assertProbe(String what, Probe probe, Set<String> ports, String pathEnd) {
    assertNotNull(probe, what);
    assertNotNull(probe.getHttpGet(), what);
    assertEquals("management", probe.getHttpGet().getPort().getStrVal(), what);
    assertTrue(ports.contains("management"), what);
    assertTrue(probe.getHttpGet().getPath().endsWith(pathEnd), what + " " + probe.getHttpGet().getPath());
  }

  private Pod pod(String deployment) {
    return new Pod(NAMESPACE,
        manifests.named(Deployment.class, deployment).getSpec().getTemplate().getMetadata().getLabels());
  }

  /** An instance's labels as CloudNativePG sets them. */
  private static Pod database(String cluster) {
    return new Pod(NAMESPACE, Map.of("cnpg.io/cluster", cluster, "cnpg.io/podRole", "instance"));
  }

  private Map<String, String> environment(Deployment deployment) {
    Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    Map<String, String> env = new LinkedHashMap<>();
    for (EnvFromSource source : container.getEnvFrom()) {
      if (source.getConfigMapRef() != null) {
        env.putAll(manifests.named(ConfigMap.class, source.getConfigMapRef().getName()).getData());
      } else {
        keysOf(manifests.named(Secret.class, source.getSecretRef().getName())).forEach(k -> env.put(k, "(secret)"));
      }
    }
    container.getEnv().forEach(v -> env.put(v.getName(), "(secret)"));
    return env;
  }

  /** The variables docker/docker-compose.yml sets for each service, its shared x-service-env block included. */
  private static Map<String, Set<String>> composeEnvironment() {
    String compose = Manifests.read(Path.of("..", "docker", "docker-compose.yml"));
    Pattern variable = Pattern.compile("(?m)^ {2,6}([A-Z][A-Z0-9_]+):");
    Set<String> shared = variables(variable, compose.substring(0, compose.indexOf("\nservices:")));
    Map<String, Set<String>> byService = new HashMap<>();
    Matcher service = Pattern.compile("(?m)^  ([a-z-]+):\\n").matcher(compose);
    List<int[]> starts = new java.util.ArrayList<>();
    List<String> names = new java.util.ArrayList<>();
    while (service.find()) {
      starts.add(new int[] {service.start()});
      names.add(service.group(1));
    }
    for (int i = 0; i < names.size(); i++) {
      int end = i + 1 < names.size() ? starts.get(i + 1)[0] : compose.length();
      String block = compose.substring(starts.get(i)[0], end);
      Set<String> set = variables(variable, block);
      if (block.contains("<<: *service-env")) {
        set.addAll(shared);
      }
      byService.put(names.get(i), set);
    }
    for (String api : APIS) {
      assertTrue(byService.get(api).contains("QUARKUS_DATASOURCE_JDBC_URL"), "compose: " + api);
    }
    return byService;
  }

  private static Set<String> variables(Pattern variable, String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = variable.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static Set<String> keysOf(Secret secret) {
    return secret.getStringData().keySet();
  }

  private static Set<String> names(List<? extends HasMetadata> resources) {
    return resources.stream().map(r -> r.getMetadata().getName()).collect(Collectors.toSet());
  }
}
