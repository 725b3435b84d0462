// Loads the TranslationService definition from the protos shipped inside the client packages, so the emulator
// speaks exactly the wire format the installed client does.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';

const require = createRequire(import.meta.url);

/** `<package>/build/protos`, found from the package's entry point (`build/src/index.js`). */
function protosDir(pkg: string): string {
  return join(dirname(require.resolve(pkg)), '..', 'protos');
}

export const TRANSLATION_PROTO = 'google/cloud/translate/v3/translation_service.proto';

export function loadTranslationService(): grpc.ServiceDefinition {
  const definition = protoLoader.loadSync(TRANSLATION_PROTO, {
    includeDirs: [protosDir('@google-cloud/translate'), protosDir('google-gax')],
    keepCase: false,
    longs: String,
    enums: String,
    defaults: true,
    oneofs: true,
  });
  const service = definition['google.cloud.translation.v3.TranslationService'];
  if (service === undefined || !('TranslateText' in service)) {
    throw new Error(
      `${TRANSLATION_PROTO}: google.cloud.translation.v3.TranslationService not found in the shipped protos`,
    );
  }
  return service as grpc.ServiceDefinition;
}
