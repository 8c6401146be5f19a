package org.complychain.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads every manifest in docker/kubernetes (and the one quarkus-kubernetes generated, after a
 * package) and checks the deployment rules; each rule is also shown to fail on a broken copy.
 */
class KubernetesManifestsTest {

  private static final Path FOLDER = Path.of("docker", "kubernetes");
  private static final Path GENERATED = Path.of("target", "kubernetes", "kubernetes.yml");
  private static final YAMLMapper YAML = new YAMLMapper();

  @Test
  void theManifestsKeepEveryRule() throws IOException {
    assertEquals(List.of(), ManifestRules.check(committed()));
  }

  @Test
  void theKustomizationListsEveryManifest() throws IOException {
    JsonNode kustomization = read(FOLDER.resolve("kustomization.yaml")).get(0);
    List<String> listed = new ArrayList<>();
    kustomization.path("resources").forEach(r -> listed.add(r.asText()));
    assertEquals(manifestFiles(), listed.stream().sorted().toList());
  }

  @Test
  void theGeneratedDeploymentKeepsTheAppRules() throws IOException {
    if (!Files.exists(GENERATED)) {
      return; // tests run before package; the committed copy in docker/kubernetes is checked above
    }
    List<JsonNode> docs = new ArrayList<>(read(GENERATED));
    committed().stream().filter(d -> !isApp(d)).forEach(docs::add);
    assertEquals(List.of(), ManifestRules.check(docs));
  }

  @Test
  void oneReplicaIsRefused() throws IOException {
    refused(
        broken(d -> app(d, "Deployment").with("spec").put("replicas", 1)),
        "Deployment comply-chain: fewer than 2 replicas");
  }

  @Test
  void aMissingProbeIsRefused() throws IOException {
    refused(
        broken(d -> container(d).remove("readinessProbe")),
        "Deployment comply-chain container comply-chain: readinessProbe not on /q/health");
  }

  @Test
  void missingLimitsAreRefused() throws IOException {
    refused(
        broken(d -> ((ObjectNode) container(d).get("resources")).remove("limits")),
        "Deployment comply-chain container comply-chain: no limits.memory");
  }

  @Test
  void aWritableRootOrRootUserIsRefused() throws IOException {
    refused(
        broken(
            d -> {
              container(d).with("securityContext").put("readOnlyRootFilesystem", false);
              app(d, "Deployment")
                  .with("spec")
                  .with("template")
                  .with("spec")
                  .with("securityContext")
                  .remove("runAsNonRoot");
            }),
        "Deployment comply-chain container comply-chain: root file system not read-only",
        "Deployment comply-chain container comply-chain: may run as root (runAsNonRoot)");
  }

  @Test
  void anInlineSecretIsRefused() throws IOException {
    List<String> problems =
        broken(
            d -> {
              ObjectNode env = ((ArrayNode) container(d).get("env")).addObject();
              env.put("name", "SESSION_ENCRYPTION_KEY").put("value", "hunter2hunter2");
              ObjectNode secret = YAML.createObjectNode().put("apiVersion", "v1");
              secret.put("kind", "Secret").with("metadata").put("name", "leak");
              secret.with("stringData").put("password", "hunter2");
              d.add(secret);
            });
    refused(
        problems,
        "Deployment comply-chain container comply-chain: SESSION_ENCRYPTION_KEY must come from a"
            + " Secret (secretKeyRef)",
        "Secret leak: stringData.password has a value");
  }

  @Test
  void anUnpinnedImageIsRefused() throws IOException {
    refused(
        broken(d -> container(d).put("image", "registry.example.org/x/comply-chain:latest")),
        "Deployment comply-chain container comply-chain: image"
            + " registry.example.org/x/comply-chain:latest is not pinned (latest)");
    refused(
        broken(d -> container(d).put("image", "registry.example.org:5000/comply-chain")),
        "Deployment comply-chain container comply-chain: image"
            + " registry.example.org:5000/comply-chain has no tag");
  }

  @Test
  void withoutDisruptionBudgetOrAutoscalerItIsRefused() throws IOException {
    refused(
        broken(
            d ->
                d.removeIf(
                    x ->
                        List.of("PodDisruptionBudget", "HorizontalPodAutoscaler")
                            .contains(ManifestRules.kind(x)))),
        "no PodDisruptionBudget selecting the pods of comply-chain",
        "no HorizontalPodAutoscaler scaling Deployment comply-chain");
  }

  @Test
  void aDatabaseWithoutReplicasOrBackupsIsRefused() throws IOException {
    List<String> problems =
        broken(
            d -> {
              ObjectNode cluster = find(d, "Cluster", "complychain-db");
              cluster.with("spec").put("instances", 1);
              cluster.with("spec").remove("plugins");
              d.removeIf(
                  x ->
                      ManifestRules.kind(x).equals("ScheduledBackup")
                          && x.path("spec")
                              .path("cluster")
                              .path("name")
                              .asText()
                              .equals("complychain-db"));
            });
    refused(
        problems,
        "Cluster complychain-db: fewer than 3 instances",
        "Cluster complychain-db: no backup (barmanObjectStore or a WAL-archiving plugin)",
        "Cluster complychain-db: no ScheduledBackup");
  }

  private static void refused(List<String> problems, String... expected) {
    for (String problem : expected) {
      assertTrue(problems.contains(problem), "expected \"" + problem + "\" in " + problems);
    }
  }

  private static List<String> broken(Consumer<List<JsonNode>> change) throws IOException {
    List<JsonNode> docs = new ArrayList<>(committed());
    change.accept(docs);
    return ManifestRules.check(docs);
  }

  private static ObjectNode app(List<JsonNode> docs, String kind) {
    return find(docs, kind, ManifestRules.APP);
  }

  private static ObjectNode container(List<JsonNode> docs) {
    return (ObjectNode)
        app(docs, "Deployment")
            .path("spec")
            .path("template")
            .path("spec")
            .path("containers")
            .get(0);
  }

  private static ObjectNode find(List<JsonNode> docs, String kind, String name) {
    return (ObjectNode)
        docs.stream()
            .filter(d -> ManifestRules.kind(d).equals(kind) && ManifestRules.name(d).equals(name))
            .findFirst()
            .orElseThrow();
  }

  private static boolean isApp(JsonNode doc) {
    return ManifestRules.name(doc).equals(ManifestRules.APP)
        && List.of("Deployment", "Service", "Ingress", "ServiceAccount")
            .contains(ManifestRules.kind(doc));
  }

  /** A fresh parse of every committed manifest, so that each test may change its copy. */
  private static List<JsonNode> committed() throws IOException {
    List<JsonNode> docs = new ArrayList<>();
    for (String file : manifestFiles()) {
      docs.addAll(read(FOLDER.resolve(file)));
    }
    return docs;
  }

  private static List<String> manifestFiles() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yml") || n.endsWith(".yaml"))
          .filter(n -> !n.equals("kustomization.yaml"))
          .sorted()
          .toList();
    }
  }

  private static List<JsonNode> read(Path file) throws IOException {
    try (var parser = YAML.createParser(file.toFile())) {
      List<JsonNode> docs = new ArrayList<>();
      YAML.readValues(parser, JsonNode.class)
          .forEachRemaining(
              d -> {
                if (d != null && !d.isNull() && !d.isEmpty()) {
                  docs.add(d);
                }
              });
      return docs;
    }
  }
}
