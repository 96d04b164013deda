package cn.songjiang.budget.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The manifests under kubernetes/base read as fabric8 objects; kinds it has no class for come as generic ones. */
final class Manifests {

  static final Path KUBERNETES = Path.of("kubernetes");
  static final Path BASE = KUBERNETES.resolve("base");
  static final YAMLMapper YAML = new YAMLMapper();

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  final List<HasMetadata> resources;

  private Manifests(List<HasMetadata> resources) {
    this.resources = resources;
  }

  /** Every document of every file the base kustomization lists, in that order. */
  static Manifests base() {
    List<HasMetadata> all = new ArrayList<>();
    for (JsonNode file : yaml(BASE.resolve("kustomization.yaml")).path("resources")) {
      all.addAll(load(BASE.resolve(file.asString())));
    }
    return new Manifests(all);
  }

  static List<HasMetadata> load(Path file) {
    List<HasMetadata> documents = new ArrayList<>();
    for (String document : read(file).split("(?m)^---\\s*$")) {
      if (document.lines().allMatch(line -> line.isBlank() || line.stripLeading().startsWith("#"))) {
        continue;
      }
      Object parsed = SERIALIZATION.unmarshal(document);
      if (!(parsed instanceof HasMetadata resource)) {
        throw new AssertionError(file + ": a document that is not a Kubernetes object: " + parsed);
      }
      documents.add(resource);
    }
    return documents;
  }

  static JsonNode yaml(Path file) {
    return YAML.readTree(read(file));
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> yamlFilesUnder(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  <T extends HasMetadata> List<T> all(Class<T> type) {
    return resources.stream().filter(type::isInstance).map(type::cast).toList();
  }

  List<GenericKubernetesResource> custom(String kind) {
    return all(GenericKubernetesResource.class).stream().filter(r -> r.getKind().equals(kind)).toList();
  }

  <T extends HasMetadata> T named(Class<T> type, String name) {
    return all(type).stream()
        .filter(r -> r.getMetadata().getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
  }

  boolean has(Class<? extends HasMetadata> type, String name) {
    return all(type).stream().anyMatch(r -> r.getMetadata().getName().equals(name));
  }
}
