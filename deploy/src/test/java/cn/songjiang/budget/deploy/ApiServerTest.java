package cn.songjiang.budget.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The base applied to fabric8's mock API server in CRUD mode, with CloudNativePG's resource kinds registered. */
@EnableKubernetesMockClient(crud = true, https = false)
class ApiServerTest {

  static KubernetesClient client;

  @Test
  void theApiServerTakesEveryManifestAndGivesBackWhatWasApplied() {
    client.resource(crd("Cluster", "clusters")).create();
    client.resource(crd("ScheduledBackup", "scheduledbackups")).create();
    Manifests manifests = Manifests.base();
    for (HasMetadata resource : manifests.resources) {
      if (resource instanceof Namespace) {
        client.resource(resource).create();
      } else {
        client.resource(resource).inNamespace("budget").create();
      }
    }

    for (HasMetadata applied : manifests.resources) {
      HasMetadata stored = applied instanceof Namespace
          ? client.resource(applied).get()
          : client.resource(applied).inNamespace("budget").get();
      assertEquals(applied.getKind(), stored.getKind(), applied.getMetadata().getName());
    }
    assertEquals(5, client.apps().deployments().inNamespace("budget").list().getItems().size());
    List<GenericKubernetesResource> clusters = client
        .genericKubernetesResources("postgresql.cnpg.io/v1", "Cluster").inNamespace("budget").list().getItems();
    assertEquals(4, clusters.size());
    clusters.forEach(c -> assertEquals(3, ((Number) c.get("spec", "instances")).intValue()));
    Deployment payments = client.apps().deployments().inNamespace("budget").withName("payments-service").get();
    assertTrue(payments.getSpec().getReplicas() >= 2);
  }

  private static CustomResourceDefinition crd(String kind, String plural) {
    return new CustomResourceDefinitionBuilder()
        .withNewMetadata().withName(plural + ".postgresql.cnpg.io").endMetadata()
        .withNewSpec()
        .withGroup("postgresql.cnpg.io")
        .withScope("Namespaced")
        .withNewNames().withKind(kind).withPlural(plural).withSingular(kind.toLowerCase()).endNames()
        .addNewVersion().withName("v1").withServed(true).withStorage(true)
        .withNewSchema().withNewOpenAPIV3Schema().withType("object").withXKubernetesPreserveUnknownFields(true)
        .endOpenAPIV3Schema().endSchema()
        .endVersion()
        .endSpec()
        .build();
  }
}
