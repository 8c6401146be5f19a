package org.complychain.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * The rules a deployment of Comply Chain must keep, checked on parsed Kubernetes manifests since no
 * cluster runs here. Each broken rule is one line in the returned list.
 */
final class ManifestRules {

  static final String APP = "comply-chain";

  /** Environment variable names that hold secrets and so may only come from a Secret. */
  private static final Pattern SECRET_NAME =
      Pattern.compile(".*(SECRET|PASSWORD|PASSWD|_KEY|TOKEN|CREDENTIAL).*");

  private static final List<String> WORKLOADS =
      List.of("Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob");

  private final List<JsonNode> docs;
  private final List<String> problems = new ArrayList<>();

  private ManifestRules(List<JsonNode> docs) {
    this.docs = docs;
  }

  static List<String> check(List<JsonNode> docs) {
    ManifestRules rules = new ManifestRules(docs);
    rules.everyWorkload();
    rules.noSecretValues();
    rules.app();
    rules.databases();
    return rules.problems;
  }

  private void everyWorkload() {
    for (JsonNode doc : docs) {
      if (!WORKLOADS.contains(kind(doc))) {
        continue;
      }
      for (JsonNode c : containers(doc)) {
        String where = kind(doc) + " " + name(doc) + " container " + c.path("name").asText();
        pinned(where, c.path("image").asText());
        JsonNode resources = c.path("resources");
        for (String part : List.of("requests", "limits")) {
          for (String what : List.of("cpu", "memory")) {
            if (resources.path(part).path(what).asText().isEmpty()) {
              problems.add(where + ": no " + part + "." + what);
            }
          }
        }
        for (JsonNode env : c.path("env")) {
          String var = env.path("name").asText();
          if (SECRET_NAME.matcher(var).matches()
              && (env.has("value") || !env.path("valueFrom").has("secretKeyRef"))) {
            problems.add(where + ": " + var + " must come from a Secret (secretKeyRef)");
          }
        }
      }
    }
  }

  private void pinned(String where, String image) {
    String last = image.substring(image.lastIndexOf('/') + 1);
    if (image.isEmpty()) {
      problems.add(where + ": no image");
    } else if (!last.contains(":") && !image.contains("@sha256:")) {
      problems.add(where + ": image " + image + " has no tag");
    } else if (last.endsWith(":latest")) {
      problems.add(where + ": image " + image + " is not pinned (latest)");
    }
  }

  private void noSecretValues() {
    for (JsonNode doc : docs) {
      if (kind(doc).equals("Secret")) {
        for (String field : List.of("data", "stringData")) {
          for (Map.Entry<String, JsonNode> e : doc.path(field).properties()) {
            if (!e.getValue().asText().isEmpty()) {
              problems.add(
                  "Secret " + name(doc) + ": " + field + "." + e.getKey() + " has a value");
            }
          }
        }
      }
    }
  }

  private void app() {
    JsonNode deployment = find("Deployment", APP);
    if (deployment == null) {
      problems.add("no Deployment " + APP);
      return;
    }
    if (deployment.path("spec").path("replicas").asInt(0) < 2) {
      problems.add("Deployment " + APP + ": fewer than 2 replicas");
    }
    JsonNode pod = deployment.path("spec").path("template").path("spec");
    JsonNode labels = deployment.path("spec").path("template").path("metadata").path("labels");
    for (JsonNode c : pod.path("containers")) {
      String where = "Deployment " + APP + " container " + c.path("name").asText();
      for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
        if (!c.path(probe).path("httpGet").path("path").asText().startsWith("/q/health")) {
          problems.add(where + ": " + probe + " not on /q/health");
        }
      }
      if (!c.path("securityContext").path("readOnlyRootFilesystem").asBoolean(false)) {
        problems.add(where + ": root file system not read-only");
      }
      boolean nonRoot =
          c.path("securityContext").path("runAsNonRoot").asBoolean(false)
              || pod.path("securityContext").path("runAsNonRoot").asBoolean(false);
      if (!nonRoot) {
        problems.add(where + ": may run as root (runAsNonRoot)");
      }
      boolean writableTmp =
          stream(c.path("volumeMounts")).anyMatch(m -> m.path("mountPath").asText().equals("/tmp"));
      if (!writableTmp) {
        problems.add(where + ": no writable /tmp for a read-only root file system");
      }
    }
    JsonNode pdb = find("PodDisruptionBudget", null, d -> selects(d.path("spec"), labels));
    if (pdb == null) {
      problems.add("no PodDisruptionBudget selecting the pods of " + APP);
    }
    JsonNode hpa =
        find(
            "HorizontalPodAutoscaler",
            null,
            d ->
                d.path("spec").path("scaleTargetRef").path("kind").asText().equals("Deployment")
                    && d.path("spec").path("scaleTargetRef").path("name").asText().equals(APP));
    if (hpa == null) {
      problems.add("no HorizontalPodAutoscaler scaling Deployment " + APP);
    } else if (hpa.path("spec").path("minReplicas").asInt(1) < 2) {
      problems.add("HorizontalPodAutoscaler " + name(hpa) + ": minReplicas below 2");
    }
    if (find("Ingress", null, d -> d.toString().contains("\"name\":\"" + APP + "\"")) == null) {
      problems.add("no Ingress to the Service " + APP);
    }
  }

  private void databases() {
    List<JsonNode> clusters = docs.stream().filter(d -> kind(d).equals("Cluster")).toList();
    if (clusters.isEmpty()) {
      problems.add("no CloudNativePG Cluster");
    }
    for (JsonNode cluster : clusters) {
      String where = "Cluster " + name(cluster);
      if (cluster.path("spec").path("instances").asInt(0) < 3) {
        problems.add(where + ": fewer than 3 instances");
      }
      pinned(where, cluster.path("spec").path("imageName").asText());
      boolean archives =
          cluster.path("spec").path("backup").has("barmanObjectStore")
              || stream(cluster.path("spec").path("plugins"))
                  .anyMatch(p -> p.path("isWALArchiver").asBoolean(false));
      if (!archives) {
        problems.add(where + ": no backup (barmanObjectStore or a WAL-archiving plugin)");
      }
      JsonNode scheduled =
          find(
              "ScheduledBackup",
              null,
              d -> d.path("spec").path("cluster").path("name").asText().equals(name(cluster)));
      if (scheduled == null) {
        problems.add(where + ": no ScheduledBackup");
      }
    }
  }

  private static boolean selects(JsonNode spec, JsonNode labels) {
    JsonNode match = spec.path("selector").path("matchLabels");
    if (match.isEmpty()) {
      return false;
    }
    return match.properties().stream()
        .allMatch(e -> labels.path(e.getKey()).asText().equals(e.getValue().asText()));
  }

  private JsonNode find(String kind, String name) {
    return find(kind, name, d -> true);
  }

  private JsonNode find(String kind, String name, java.util.function.Predicate<JsonNode> test) {
    return docs.stream()
        .filter(d -> kind(d).equals(kind) && (name == null || name(d).equals(name)))
        .filter(test)
        .findFirst()
        .orElse(null);
  }

  private static List<JsonNode> containers(JsonNode doc) {
    JsonNode spec = doc.path("spec");
    JsonNode pod =
        kind(doc).equals("CronJob")
            ? spec.path("jobTemplate").path("spec").path("template").path("spec")
            : spec.path("template").path("spec");
    List<JsonNode> all = new ArrayList<>();
    pod.path("initContainers").forEach(all::add);
    pod.path("containers").forEach(all::add);
    return all;
  }

  private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false);
  }

  static String kind(JsonNode doc) {
    return doc.path("kind").asText();
  }

  static String name(JsonNode doc) {
    return doc.path("metadata").path("name").asText();
  }
}
