// Malformed request bodies for the fuzz: text that is not a valid action reply, and broken multipart.
import { rand, pick } from "./generate";

export function multipart(boundary: string, fields: [string, string, string?][]): string {
  return (
    fields
      .map(
        ([name, value, extraHeaders]) =>
          `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n${extraHeaders ?? ""}\r\n${value}\r\n`,
      )
      .join("") + `--${boundary}--\r\n`
  );
}

export const MALFORMED_TEXT: (() => string | Buffer)[] = [
  () => "{{{",
  () => "",
  () => "42",
  () => "null",
  () => '"a string"',
  () => '{"partnershipId":"1"}',
  () => "[1,2,",
  () => "[NaN]",
  () => '["$@1"]',
  () => '["$F1"]',
  () => '[{"partnershipId":"$Q1"}]',
  () => '["$W2"]',
  () => '["$T"]',
  () => '["$h1"]',
  () => '["$1"]',
  () => '["$B0"]',
  () => '["$nabc"]',
  () => `[${pick(['"$R1"', '"$X1"', '"$i1"', '"$S"', '"$Y"', '"$E"', '"$Z"'])}]`,
  () => "[".repeat(40 + Math.floor(rand() * 5000)) + "]".repeat(40),
  () => "[" + '"' + "x".repeat(1024 * 1024 + 10) + '"]',
  () => Buffer.from([0xff, 0xfe, 0x00, 0x5b, 0x5d]),
  () => "\u0000[]",
];

export function malformedMultipart(): { contentType: string; body: string } {
  const b = `----fuzz${Math.floor(rand() * 1e9)}`;
  return pick<() => { contentType: string; body: string }>([
    () => ({ contentType: "multipart/form-data", body: multipart(b, [["0", "[]"]]) }), // no boundary
    () => ({
      contentType: `multipart/form-data; boundary=${b}`,
      body: `--${b}\r\nContent-Disposition: form-data; name="0"\r\n\r\n[`,
    }), // truncated
    () => ({ contentType: `multipart/form-data; boundary=${b}`, body: "not multipart at all" }),
    () => ({ contentType: `multipart/form-data; boundary=${b}`, body: multipart(b, [["0", "{{{"]]) }),
    () => ({ contentType: `multipart/form-data; boundary=${b}`, body: multipart(b, [["0", '["$@1"]']]) }),
    () => ({
      contentType: `multipart/form-data; boundary=${b}`,
      body: multipart(b, [
        ["0", '["$K1"]'],
        ["1", '{"a":"$F2"}'],
      ]),
    }),
    () => ({ contentType: `multipart/form-data; boundary=${b}`, body: multipart(b, [["1_partnershipId", "1"]]) }), // no arguments row
    () => ({
      contentType: `multipart/form-data; boundary=${b}`,
      body: `--${b}\r\nContent-Disposition: form-data; name="0"; filename="a.txt"\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\nWzFd\r\n--${b}--\r\n`,
    }),
    () => ({
      contentType: `multipart/form-data; boundary=${b}`,
      body: multipart(b, [["0", "[" + "[".repeat(100) + "]".repeat(100) + "]"]]),
    }),
  ])();
}
