/** One turn as a client saw it; times are performance.now() of this process. */
export interface TurnRecord {
  /** When the turn was asked for: `user_message` sent, or (direct) `thread/start` sent. */
  sentAt: number;
  /** The first item of the turn received (its user message item). */
  firstItemAt: number;
  /** The terminal status received. */
  endedAt: number;
  /** "completed" when all went well. */
  status: string;
  /** Agent-message deltas received. */
  deltas: number;
  /** Approval prompts answered. */
  prompts: number;
}
