import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';

const ANSWERS: Record<string, [number, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'REQUEST.HEADERS_TOO_LARGE', 'The request headers are larger than allowed (16 KB)'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'REQUEST.TIMEOUT', 'The request took too long to arrive'],
};
const MALFORMED: [number, string, string] = [400, 'REQUEST.MALFORMED', 'The request is not well-formed HTTP'];

/**
 * Requests Node's HTTP parser refuses (headers over 16 KB, broken framing) never reach Express, and
 * Node answers them with an empty body. Answer them in the API's own shape instead, so every 4xx a
 * client can get is `{ code, message }` (the fuzz test found a bare 431).
 */
export function answerClientErrorsAsJson(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) return socket.destroy();
    const [status, code, message] = ANSWERS[error.code ?? ''] ?? MALFORMED;
    const body = JSON.stringify({ code, message });
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
