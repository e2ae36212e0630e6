import { OBJECTS_BY_APP, UnknownPayloadError, type App } from './model';

export function isKnownObject(app: App, object: string): boolean {
  return (OBJECTS_BY_APP[app] as readonly string[]).includes(object);
}

/** Rule packs target one of the known objects, so an unknown name is a typo worth stopping on. */
export function assertKnownObject(app: App, object: string): void {
  if (isKnownObject(app, object)) return;
  throw new UnknownPayloadError(
    `"${object}" is not a ${app} object FieldGuard knows; use one of: ${OBJECTS_BY_APP[app].join(', ')}`,
  );
}
