package org.complychain.pdf;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Bounds how many plan PDFs are laid out at once. Rendering is CPU work holding a whole document in
 * memory, so a burst of downloads beyond the processors only makes every one slower and the heap
 * larger. A few requests wait for a slot; the rest are told at once to come back ({@link Busy},
 * answered with 503 and {@code Retry-After}).
 */
@ApplicationScoped
public class PdfRenderSlots {

  private final Semaphore slots;
  private final int queue;
  private final Duration wait;
  private final AtomicInteger waiting = new AtomicInteger();

  @Inject
  PdfRenderSlots(PdfConfig config) {
    this(config.renderSlots(), config.renderQueue(), config.renderWait());
  }

  PdfRenderSlots(int slots, int queue, Duration wait) {
    this.slots =
        new Semaphore(slots > 0 ? slots : Runtime.getRuntime().availableProcessors(), true);
    this.queue = queue;
    this.wait = wait;
  }

  /** Renders in a free slot, waiting a little for one if few others are waiting. */
  public byte[] render(Supplier<byte[]> work) {
    if (!slots.tryAcquire()) {
      if (waiting.incrementAndGet() > queue) {
        waiting.decrementAndGet();
        throw new Busy();
      }
      try {
        if (!slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
          throw new Busy();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Busy();
      } finally {
        waiting.decrementAndGet();
      }
    }
    try {
      return work.get();
    } finally {
      slots.release();
    }
  }

  /** How many requests are waiting for a slot now. */
  int waiting() {
    return waiting.get();
  }

  /** Every slot is taken and the queue is full: the client should try again shortly. */
  public static final class Busy extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Seconds a client should wait before trying again. */
    public static final int RETRY_AFTER = 5;

    Busy() {
      super("Every PDF rendering slot is taken", null, false, false);
    }
  }
}
