import { describe, expect, it } from "vitest";
import { cityOfUrbanDistrict } from "../../src/vocab/urban-districts.js";

describe("cityOfUrbanDistrict: a quận names its centrally-run city", () => {
  it("reads a named or numbered quận, any case, with or without marks", () => {
    expect(cityOfUrbanDistrict("quận Tân Phú")?.slug).toBe("ho-chi-minh");
    expect(cityOfUrbanDistrict("Quận 1")?.slug).toBe("ho-chi-minh");
    expect(cityOfUrbanDistrict("QUẬN 05")?.slug).toBe("ho-chi-minh");
    expect(cityOfUrbanDistrict("quan 9")?.slug).toBe("ho-chi-minh");
    expect(cityOfUrbanDistrict("QUẬN NGŨ HÀNH SƠN")?.slug).toBe("da-nang");
    expect(cityOfUrbanDistrict("quận Hoàng Mai")?.slug).toBe("ha-noi");
    expect(cityOfUrbanDistrict("quận Ninh Kiều")?.slug).toBe("can-tho");
    expect(cityOfUrbanDistrict("quận Lê Chân")?.slug).toBe("hai-phong");
    // Huế's two quận of 2025; a Vietnamese "Hoà"/"Hòa" either way.
    expect(cityOfUrbanDistrict("quận Thuận Hoà")?.slug).toBe("thua-thien-hue");
  });

  it("says nothing of a huyện, thị xã or city (their names repeat across provinces), nor of a quận no city had", () => {
    // huyện Tân Phú is Đồng Nai's; thị xã Hoàng Mai, Nghệ An's: only the quận are the cities'.
    expect(cityOfUrbanDistrict("huyện Tân Phú")).toBeNull();
    expect(cityOfUrbanDistrict("thị xã Hoàng Mai")).toBeNull();
    expect(cityOfUrbanDistrict("thành phố Thủ Đức")).toBeNull();
    expect(cityOfUrbanDistrict("quận 13")).toBeNull();
    expect(cityOfUrbanDistrict("quận Long Hồ")).toBeNull();
  });
});
