package org.complychain.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/** Records every change to a plan with who made it, when, and the fields before and after. */
@ApplicationScoped
public class History {

  private static final ObjectMapper JSON = new ObjectMapper();

  public void record(
      Plan plan,
      HistoryEntry.Subject subject,
      UUID subjectId,
      String questionId,
      String actor,
      Map<String, Object> before,
      Map<String, Object> after) {
    HistoryEntry entry = new HistoryEntry();
    entry.id = UUID.randomUUID();
    entry.plan = plan;
    entry.subject = subject;
    entry.subjectId = subjectId;
    entry.questionId = questionId;
    entry.actor = actor;
    entry.before = json(before);
    entry.after = json(after);
    entry.persist();
  }

  static String json(Map<String, Object> fields) {
    if (fields == null) {
      return null;
    }
    try {
      return JSON.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> fields(String json) {
    if (json == null) {
      return Map.of();
    }
    try {
      return JSON.readValue(json, Map.class);
    } catch (JsonProcessingException e) {
      return Map.of();
    }
  }
}
