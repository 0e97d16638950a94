// BullMQ's Worker and Queue, reading jobs whose data is not JSON (edited by hand in Redis) as a
// job with a marker instead of throwing: the worker then fails that job with its reason, where
// BullMQ alone would fail to fetch it again and again, and `queue status` lists it.
import type { Job, JobJson } from "bullmq";
import { UNREADABLE_DATA } from "./payload.js";

type Bullmq = typeof import("bullmq");

export function tolerantClasses(bullmq: Bullmq): { Worker: Bullmq["Worker"]; Queue: Bullmq["Queue"] } {
  class TolerantJob extends bullmq.Job {
    static override fromJSON<T = any, R = any, N extends string = string>(queue: Parameters<Bullmq["Job"]["fromJSON"]>[0], json: JobJson, jobId?: string): Job<T, R, N> {
      try {
        return super.fromJSON<T, R, N>(queue, json, jobId);
      } catch {
        const raw = typeof json.data === "string" ? json.data : String(json.data);
        return super.fromJSON<T, R, N>(queue, { ...json, data: JSON.stringify({ [UNREADABLE_DATA]: raw.length > 60 ? `${raw.slice(0, 57)}...` : raw }) }, jobId);
      }
    }
  }
  // The class is a Job in every way but the generic parameters of its constructor's type.
  const job = TolerantJob as unknown as Bullmq["Job"];
  class TolerantWorker extends bullmq.Worker {
    protected override get Job(): Bullmq["Job"] {
      return job;
    }
  }
  class TolerantQueue extends bullmq.Queue {
    protected override get Job(): Bullmq["Job"] {
      return job;
    }
  }
  return { Worker: TolerantWorker, Queue: TolerantQueue };
}
