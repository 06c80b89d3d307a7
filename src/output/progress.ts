// Progress while apply waits: a live display on a TTY, plain timestamped
// lines elsewhere (CI logs). Repeated messages for a job are shown once. In
// plain lines only what the summary will not say (how waits and retries
// stand): the steps done are in the summary, once.
export interface Progress {
  event(job: string, message: string, kind?: 'step' | 'note'): void;
  done(): void;
}

export function plainProgress(write: (s: string) => void, now: () => Date = () => new Date()): Progress {
  const last = new Map<string, string>();
  return {
    event(job, message, kind = 'note') {
      if (kind === 'step' || last.get(job) === message) return;
      last.set(job, message);
      write(`${now().toISOString()} ${job}: ${message}\n`);
    },
    done() {},
  };
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export function ttyProgress(write: (s: string) => void): Progress {
  const state = new Map<string, string>();
  let drawn = 0;
  let frame = 0;
  const draw = () => {
    let out = drawn ? `\u001b[${drawn}A` : '';
    for (const [job, message] of state) out += `\u001b[2K${FRAMES[frame % FRAMES.length]} ${job}: ${message}\n`;
    drawn = state.size;
    frame++;
    write(out);
  };
  const timer = setInterval(draw, 100);
  timer.unref();
  return {
    event(job, message) {
      state.set(job, message);
    },
    done() {
      clearInterval(timer);
      if (drawn) write(`\u001b[${drawn}A\u001b[0J`);
    },
  };
}
