import { test } from "node:test";
import assert from "node:assert/strict";
import { csvCell, toCsv } from "./csv";

test("CSV cells are quoted when they must be, and formulas are neutralised", () => {
  assert.equal(csvCell("plain"), "plain");
  assert.equal(csvCell('say "hi", then go'), '"say ""hi"", then go"');
  assert.equal(csvCell("line\nbreak"), '"line\nbreak"');
  assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvCell("-1+2"), "'-1+2");
  assert.equal(csvCell(-3), "-3"); // numbers stay numbers
  assert.equal(csvCell(null), "");
  assert.equal(toCsv(["a", "b"], [[1, "x,y"]]), 'a,b\r\n1,"x,y"\r\n');
});

test("cells holding another separator are quoted, so no spreadsheet splits a formula out of them (issue 16, item 9)", () => {
  assert.equal(csvCell('x;=HYPERLINK("http://evil.example")'), '"x;=HYPERLINK(""http://evil.example"")"');
  assert.equal(csvCell("a;b"), '"a;b"');
  assert.equal(csvCell("a\t=1+1"), '"a\t=1+1"');
  assert.equal(toCsv(["a"], [["1;2"]]), 'a\r\n"1;2"\r\n');
});
