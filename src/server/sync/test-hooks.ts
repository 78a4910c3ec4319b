/**
 * Test-only hook, off unless VARNA_TEST_DELAY_REPLY_MS is set (never in production): the push
 * route then waits that many milliseconds after its transaction has committed and before it
 * replies, so the crash test (tests/crash) can kill the endpoint between the commit and the reply
 * and prove that the device's retry is answered `duplicate`, never applied twice.
 */
const delayMs = Number(process.env.VARNA_TEST_DELAY_REPLY_MS ?? 0);

export async function delayReplyForTests(): Promise<void> {
  if (Number.isFinite(delayMs) && delayMs > 0) {
    await new Promise<void>((resolve) => setTimeout(resolve, delayMs));
  }
}
