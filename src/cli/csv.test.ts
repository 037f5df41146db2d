import { csvField, parseCsv, toCsv } from "./csv";

describe("parseCsv", () => {
  it("reads quoted fields, doubled quotes, line breaks in quotes, CRLF, and drops the BOM and blank lines", () => {
    const text = '\uFEFFcity,notes\r\n"Bizerte, Tunisia","said ""yes""\nthen no"\r\n\r\nKazan,\n';
    expect(parseCsv(text)).toEqual([
      ["city", "notes"],
      ["Bizerte, Tunisia", 'said "yes"\nthen no'],
      ["Kazan", ""],
    ]);
  });

  it("takes a semicolon as the delimiter when the header line has more of them", () => {
    expect(parseCsv("city;year\nSaint-Denis, Réunion;2024")).toEqual([
      ["city", "year"],
      ["Saint-Denis, Réunion", "2024"],
    ]);
  });
});

describe("toCsv", () => {
  it("writes UTF-8 with a BOM and CRLF, quoting only what needs it, and reads back", () => {
    const rows = [
      ["city", "value"],
      ["Ålesund, Norway", 12.5],
      ['Казань "центр"', null],
    ];
    const text = toCsv(rows);
    expect(text.startsWith("\uFEFFcity,value\r\n")).toBe(true);
    expect(csvField("plain")).toBe("plain");
    expect(parseCsv(text)).toEqual([
      ["city", "value"],
      ["Ålesund, Norway", "12.5"],
      ['Казань "центр"', ""],
    ]);
  });
});
