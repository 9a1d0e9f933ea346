// The gRPC baseline: @grpc/grpc-js bidirectional streaming over h2c, carrying each frame as its
// JSON bytes in one gRPC message (Buffer pass-through serializers, so no protobuf work is
// counted against gRPC). The server answers like the raw floor (bench/lib/transport/floor.ts).
import * as grpc from "@grpc/grpc-js";
import { decodeJson, FloorStream } from "./floor.js";

const passThrough = (bytes: Buffer): Buffer => bytes;

const SERVICE: grpc.ServiceDefinition = {
  stream: {
    path: "/codexapi.bench.Agent/Stream",
    requestStream: true,
    responseStream: true,
    requestSerialize: passThrough,
    requestDeserialize: passThrough,
    responseSerialize: passThrough,
    responseDeserialize: passThrough,
  },
};

export type GrpcCall = grpc.ClientDuplexStream<Buffer, Buffer>;

export async function startGrpcServer(): Promise<{ port: number; close(): Promise<void> }> {
  const server = new grpc.Server();
  server.addService(SERVICE, { stream: serve });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))),
  );
  return { port, close: () => new Promise<void>((resolve) => server.tryShutdown(() => resolve())) };
}

function serve(call: grpc.ServerDuplexStream<Buffer, Buffer>): void {
  call.on("error", () => undefined);
  const floor = new FloorStream({
    write: (frame) => call.write(Buffer.from(JSON.stringify(frame))),
    drained: () => new Promise<void>((resolve) => call.once("drain", resolve)),
    end: (frame) => {
      call.write(Buffer.from(JSON.stringify(frame)));
      call.end();
    },
  });
  call.on("data", (message: Buffer) => floor.frame(decodeJson(message)));
  call.on("end", () => floor.requestEnded());
}

/** A client for `port` with the same receive window as the HTTP/2 clients. */
export function grpcClient(port: number, windowBytes: number): { call(): GrpcCall; close(): void } {
  const Client = grpc.makeGenericClientConstructor(SERVICE, "Agent");
  const client = new Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), { "grpc-node.flow_control_window": windowBytes });
  return {
    call: () => (client.stream as () => GrpcCall)(),
    close: () => client.close(),
  };
}
