package org.complychain.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The bulkhead in front of PDF rendering: a slot per processor, a short queue, then "busy". */
class PdfRenderSlotsTest {

  @Test
  void beyondTheSlotsAndTheQueueARequestIsTurnedAwayAtOnceAndTheQueuedOneRunsLater()
      throws Exception {
    PdfRenderSlots slots = new PdfRenderSlots(1, 1, Duration.ofSeconds(20));
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CompletableFuture<byte[]> first =
          CompletableFuture.supplyAsync(
              () -> slots.render(() -> hold(running, release, new byte[] {1})), pool);
      assertTrue(running.await(10, TimeUnit.SECONDS));
      CompletableFuture<byte[]> queued =
          CompletableFuture.supplyAsync(() -> slots.render(() -> new byte[] {2}), pool);
      while (slots.waiting() == 0) {
        Thread.sleep(5);
      }
      long start = System.nanoTime();
      assertThrows(
          PdfRenderSlots.Busy.class,
          () -> slots.render(() -> new byte[0]),
          "a third request, with the queue full, is refused");
      assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "and at once");
      release.countDown();
      assertArrayEquals(new byte[] {1}, first.get(10, TimeUnit.SECONDS));
      assertArrayEquals(new byte[] {2}, queued.get(10, TimeUnit.SECONDS), "the queued one ran");
      assertArrayEquals(new byte[] {3}, slots.render(() -> new byte[] {3}), "slots come back");
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void aWaitingRequestGivesUpAfterTheWaitAndAFailedRenderingFreesItsSlot() {
    PdfRenderSlots slots = new PdfRenderSlots(1, 5, Duration.ofMillis(50));
    assertThrows(
        IllegalStateException.class,
        () ->
            slots.render(
                () -> {
                  throw new IllegalStateException("layout failed");
                }));
    assertArrayEquals(new byte[] {4}, slots.render(() -> new byte[] {4}));
    assertThrows(
        PdfRenderSlots.Busy.class,
        () -> slots.render(() -> slots.render(() -> new byte[] {5})),
        "a second rendering inside the only slot waits 50 ms, then gives up");
  }

  private static byte[] hold(CountDownLatch running, CountDownLatch release, byte[] result) {
    running.countDown();
    try {
      release.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return result;
  }
}
