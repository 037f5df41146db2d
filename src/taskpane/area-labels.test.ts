import { areaLabel } from "./area-labels";

describe("areaLabel", () => {
  it("tells the dimension Environment from the sub-dimension Environment in every language", () => {
    expect(areaLabel("dimension", "Environment", "en")).toBe("Environment (dimension)");
    expect(areaLabel("subdimension", "Environment", "en")).toBe("Environment (sub-dimension)");
    expect(areaLabel("subdimension", "Environment", "fr")).toBe("Environnement (sous-dimension)");
    expect(areaLabel("dimension", "Environment", "ru")).toBe("Окружающая среда (измерение)");
  });

  it("leaves names used at one level alone, translated", () => {
    expect(areaLabel("dimension", "Economy", "en")).toBe("Economy");
    expect(areaLabel("subdimension", "ICT", "ru")).toBe("ИКТ");
    expect(areaLabel("dimension", "Society and Culture", "fr")).toBe("Société et culture");
  });
});
