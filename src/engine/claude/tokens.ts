/**
 * Token accounting for prompt budgets. A local estimate (characters / 4) keeps budgeting free and
 * synchronous; it is calibrated once per pass against the API's count_tokens so a tokenizer that
 * counts differently (code, non-Latin text) cannot make the real prompt overrun its budget.
 */
import type { Logger } from '../../model/index.js';
import type { ClaudeClient } from './call.js';

const CHARS_PER_TOKEN = 4;

function estimateTokens(text: string): number {
  return Math.ceil(text.length / CHARS_PER_TOKEN);
}

export class TokenCounter {
  /** Real tokens per estimated token; >1 means the estimate undercounts. */
  ratio = 1;
  calibrated = false;

  count(text: string): number {
    return Math.ceil(estimateTokens(text) * this.ratio);
  }

  /** Characters that fit in `tokens` under the calibrated ratio. */
  charsFor(tokens: number): number {
    return Math.max(0, Math.floor((tokens * CHARS_PER_TOKEN) / this.ratio));
  }

  /**
   * Checks the estimate against count_tokens on one sample. Never fatal: a proxy without the
   * endpoint leaves the plain estimate in place, with a safety margin.
   */
  async calibrate({
    client,
    model,
    sample,
    logger,
  }: {
    client: ClaudeClient;
    model: string;
    sample: string;
    logger: Logger;
  }): Promise<void> {
    if (this.calibrated || sample.length === 0) return;
    this.calibrated = true;
    if (!client.messages.countTokens) {
      // Amazon Bedrock does not serve count_tokens: not a fault, so no warning.
      this.ratio = 1.25;
      logger.debug('claude: this provider has no count_tokens; budgeting with chars/4 + 25%');
      return;
    }
    try {
      const res = await client.messages.countTokens({ model, messages: [{ role: 'user', content: sample }] });
      const est = estimateTokens(sample);
      // Clamped: one odd sample must not shrink or blow up every later budget.
      this.ratio = Math.min(3, Math.max(1, res.input_tokens / Math.max(1, est)));
      logger.debug(`claude: count_tokens ${res.input_tokens} vs estimate ${est}; ratio ${this.ratio.toFixed(2)}`);
    } catch (err) {
      this.ratio = 1.25;
      logger.warning(`claude: count_tokens unavailable (${(err as Error).message}); budgeting with chars/4 + 25%`);
    }
  }
}
