package org.complychain.guidance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which guidance topics a signed-in person has opened. */
@ApplicationScoped
public class ReadingProgress {

  @Inject EntityManager em;

  @Transactional
  public void markRead(String identity, String topicId) {
    em.createNativeQuery(
            "insert into topic_read (identity, topic_id) values (?1, ?2)"
                + " on conflict (identity, topic_id) do nothing")
        .setParameter(1, identity)
        .setParameter(2, topicId)
        .executeUpdate();
  }

  public Set<String> readTopics(String identity) {
    @SuppressWarnings("unchecked")
    List<String> ids =
        em.createNativeQuery("select topic_id from topic_read where identity = ?1")
            .setParameter(1, identity)
            .getResultList();
    return new HashSet<>(ids);
  }
}
