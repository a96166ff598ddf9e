import type { EventRecord, MeetingRecord, RegistrationRecord } from '@atlas/domain';
import { eventsByIds, meetingsByEventIds, registrationsByEventIds } from '@atlas/graph';
import DataLoader from 'dataloader';
import type { AtlasContext } from '../context';

/**
 * Per-request DataLoaders for events, their registrations and meetings (one query per kind for a list of events),
 * kept beside the context in a WeakMap so they live exactly as long as the request. Mutations `forget` an event
 * after writing it, so the answer shows the write.
 */
export interface EventLoaders {
  event: DataLoader<string, EventRecord | null>;
  registrations: DataLoader<string, RegistrationRecord[]>;
  meetings: DataLoader<string, MeetingRecord[]>;
  forget(eventId: string): void;
}

const perRequest = new WeakMap<AtlasContext, EventLoaders>();

export function eventLoaders(context: AtlasContext): EventLoaders {
  let loaders = perRequest.get(context);
  if (loaders) return loaders;
  const { executor } = context;
  const event = new DataLoader<string, EventRecord | null>(async (ids) => {
    const found = new Map((await eventsByIds(executor, ids)).map((e) => [e.id, e]));
    return ids.map((id) => found.get(id) ?? null);
  });
  const registrations = new DataLoader<string, RegistrationRecord[]>(async (ids) => {
    const found = await registrationsByEventIds(executor, ids);
    return ids.map((id) => found.get(id) ?? []);
  });
  const meetings = new DataLoader<string, MeetingRecord[]>(async (ids) => {
    const found = await meetingsByEventIds(executor, ids);
    return ids.map((id) => found.get(id) ?? []);
  });
  loaders = {
    event,
    registrations,
    meetings,
    forget: (eventId) => {
      event.clear(eventId);
      registrations.clear(eventId);
      meetings.clear(eventId);
    },
  };
  perRequest.set(context, loaders);
  return loaders;
}
