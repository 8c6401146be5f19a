package org.complychain.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.complychain.plan.Answer;
import org.complychain.plan.CorrectiveAction;
import org.complychain.plan.Plan;

/**
 * The content of a plan frozen at submission: plan details, every answer by question id and every
 * action by id, as canonical JSON (sorted keys), so equal content always has the same SHA-256.
 */
public record Snapshot(
    Map<String, Object> plan,
    Map<String, Map<String, Object>> answers,
    Map<String, Map<String, Object>> actions) {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  static Snapshot of(Plan plan) {
    Map<String, Object> details = new TreeMap<>();
    details.put("title", plan.title);
    details.put("periodStart", plan.periodStart.toString());
    details.put("periodEnd", plan.periodEnd.toString());
    details.put("contentVersion", plan.contentVersion);
    Map<String, Map<String, Object>> answers = new TreeMap<>();
    for (Answer a : Answer.listFor(plan)) {
      answers.put(a.questionId, new TreeMap<>(a.snapshot()));
    }
    Map<String, Map<String, Object>> actions = new TreeMap<>();
    for (CorrectiveAction a : CorrectiveAction.listFor(plan)) {
      Map<String, Object> fields = new TreeMap<>(a.snapshot());
      fields.put("questionId", a.questionId);
      actions.put(a.id.toString(), fields);
    }
    return new Snapshot(details, answers, actions);
  }

  String json() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Snapshot parse(String json) {
    try {
      return JSON.readValue(json, new TypeReference<Snapshot>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored snapshot cannot be read", e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }
}
