package org.complychain.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Tells people about events, in the transaction of the event: a rolled-back event leaves neither a
 * notification nor mail. Each event is one call from the service that makes it.
 */
@ApplicationScoped
public class Notifier {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject EntityManager em;
  @Inject People people;
  @Inject NotifyConfig config;

  /** A company submitted a plan version: its organisation's auditors are told. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void submitted(UUID organisation, UUID version, String plan, int number, String actor) {
    people.rememberCurrent();
    tell(
        auditorsOf(organisation, actor),
        organisation,
        NotificationKind.PLAN_SUBMITTED,
        params(organisation, plan, number),
        "/audit/versions/" + version,
        null);
  }

  /** An auditor decided: the company's members are told. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void decided(
      UUID organisation, UUID planId, String plan, int number, boolean approved, String actor) {
    people.rememberCurrent();
    tell(
        membersOf(organisation, actor),
        organisation,
        approved ? NotificationKind.PLAN_APPROVED : NotificationKind.CHANGES_REQUESTED,
        params(organisation, plan, number),
        "/plans/" + planId + "/review",
        null);
  }

  /**
   * A comment was added to a version: an auditor's comment is told to the company's members, the
   * company's reply to the organisation's auditors.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void commented(
      UUID organisation,
      UUID planId,
      UUID version,
      String plan,
      int number,
      boolean byCompany,
      String actor) {
    people.rememberCurrent();
    if (byCompany) {
      tell(
          auditorsOf(organisation, actor),
          organisation,
          NotificationKind.COMPANY_REPLIED,
          params(organisation, plan, number),
          "/audit/versions/" + version,
          null);
    } else {
      tell(
          membersOf(organisation, actor),
          organisation,
          NotificationKind.AUDITOR_COMMENTED,
          params(organisation, plan, number),
          "/plans/" + planId + "/versions/" + number,
          null);
    }
  }

  /** Evidence expires soon: the members are told once for each expiry date. */
  @Transactional(Transactional.TxType.MANDATORY)
  int evidenceExpiring(UUID organisation, UUID file, String title, LocalDate expiresOn) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("title", title);
    params.put("date", expiresOn.toString());
    return tell(
        membersOf(organisation, null),
        organisation,
        NotificationKind.EVIDENCE_EXPIRING,
        params,
        "/evidence/" + file,
        "evidence:" + file + ":" + expiresOn);
  }

  /** A corrective action is overdue: the members are told once for each due date. */
  @Transactional(Transactional.TxType.MANDATORY)
  int actionOverdue(
      UUID organisation, UUID planId, UUID action, String plan, String what, LocalDate due) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("plan", plan);
    params.put("action", what.length() > 120 ? what.substring(0, 119) + "…" : what);
    params.put("date", due.toString());
    return tell(
        membersOf(organisation, null),
        organisation,
        NotificationKind.ACTION_OVERDUE,
        params,
        "/plans/" + planId + "/actions/" + action,
        "action:" + action + ":" + due);
  }

  private Map<String, String> params(UUID organisation, String plan, int number) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put(
        "organisation",
        (String)
            em.createNativeQuery("select name from organisation where id = ?1")
                .setParameter(1, organisation)
                .getSingleResult());
    params.put("plan", plan);
    params.put("number", Integer.toString(number));
    return params;
  }

  /**
   * Writes one notification per recipient, and its mail when mail is on; with a once-key, a person
   * already told is skipped. Returns how many were written.
   */
  private int tell(
      List<String> recipients,
      UUID organisation,
      NotificationKind kind,
      Map<String, String> params,
      String link,
      String onceKey) {
    if (recipients.isEmpty()) {
      return 0;
    }
    String json = json(params);
    Map<String, People.Contact> contacts = config.mail() ? people.contacts(recipients) : Map.of();
    int written = 0;
    for (String recipient : recipients) {
      UUID id = UUID.randomUUID();
      int inserted =
          em.createNativeQuery(
                  "insert into notification (id, recipient, organisation_id, kind, params, link,"
                      + " once_key) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                      + " on conflict (recipient, once_key) where once_key is not null do nothing")
              .setParameter(1, id)
              .setParameter(2, recipient)
              .setParameter(3, organisation)
              .setParameter(4, kind.name())
              .setParameter(5, json)
              .setParameter(6, link)
              .setParameter(7, onceKey)
              .executeUpdate();
      written += inserted;
      People.Contact contact = contacts.get(recipient);
      if (inserted == 1 && contact != null && contact.email() != null) {
        em.createNativeQuery(
                "insert into mail_outbox (id, notification_id, address, language)"
                    + " values (?1, ?2, ?3, ?4)")
            .setParameter(1, UUID.randomUUID())
            .setParameter(2, id)
            .setParameter(3, contact.email())
            .setParameter(4, contact.language())
            .executeUpdate();
      }
    }
    return written;
  }

  /** The organisation's auditors in lower case, without the one who acted. */
  private List<String> auditorsOf(UUID organisation, String actor) {
    return identities(
        "select distinct lower(auditor) from auditor_assignment where organisation_id = ?1",
        organisation,
        actor);
  }

  /** The organisation's members in lower case, without the one who acted. */
  private List<String> membersOf(UUID organisation, String actor) {
    return identities(
        "select distinct lower(identity) from membership where organisation_id = ?1",
        organisation,
        actor);
  }

  private List<String> identities(String sql, UUID organisation, String actor) {
    @SuppressWarnings("unchecked")
    List<String> found = em.createNativeQuery(sql).setParameter(1, organisation).getResultList();
    return found.stream()
        .filter(i -> actor == null || !i.equals(People.key(actor)))
        .sorted()
        .toList();
  }

  private static String json(Map<String, String> params) {
    try {
      return JSON.writeValueAsString(params);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, String> params(String json) {
    try {
      return JSON.readValue(
          json,
          JSON.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, String.class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
