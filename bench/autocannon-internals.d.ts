// The one autocannon internal bench/load.ts touches (it ships no types for its lib/ files).
declare module 'autocannon/lib/pipelinedRequestsQueue.js' {
  const PipelinedRequestsQueue: { prototype: { addBody(data: Buffer): void } };
  export default PipelinedRequestsQueue;
}
