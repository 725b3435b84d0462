// Google's client library on a thread of its own (started by ./google-client.ts): loading it and building the
// client is a third of a second of CPU that a short run spends on its other core while it reads its releases.
// Plain JavaScript, so that the thread needs no TypeScript loader; on a main thread it only exports `build`.
// Messages in: { id, request, options }; out: { id, reply } or { id, error: { message, code, details } } (an
// Error's own fields do not cross threads).
import { isMainThread, parentPort, workerData } from 'node:worker_threads';

/** Application Default Credentials for Google; plain-text gRPC without credentials for the local emulator. */
export async function build(endpoint) {
  // The v3 client alone: the package's index also loads v2, v3beta1 and the static protos, twice the time.
  const v3 = await import('@google-cloud/translate/build/src/v3/index.js');
  if (endpoint === undefined) return new v3.TranslationServiceClient();
  const grpc = await import('@grpc/grpc-js');
  const gax = await import('google-gax');
  // `apiEndpoint: 'host:port'` is not honoured; the port must go separately. PassThroughClient sends no
  // credentials and keeps the auth library from probing the metadata server.
  return new v3.TranslationServiceClient({
    apiEndpoint: endpoint.host,
    port: endpoint.port,
    sslCreds: grpc.credentials.createInsecure(),
    authClient: new gax.googleAuthLibrary.PassThroughClient(),
  });
}

const plain = (error) =>
  error instanceof Error
    ? { message: error.message, code: error.code, details: error.details }
    : { message: String(error) };

if (!isMainThread) {
  const client = build(workerData.endpoint);
  client.catch(() => undefined); // answered to each request below
  parentPort.on('message', async ({ id, request, options }) => {
    try {
      const [reply] = await (await client).translateText(request, options);
      const translations = reply.translations?.map((t) => ({ translatedText: t.translatedText }));
      parentPort.postMessage({ id, reply: { translations } });
    } catch (error) {
      parentPort.postMessage({ id, error: plain(error) });
    }
  });
}
