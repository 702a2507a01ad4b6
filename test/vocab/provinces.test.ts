import { describe, expect, it } from "vitest";
import {
  FORMER_PROVINCES,
  PROVINCES_AFTER_2025,
  PROVINCES_BEFORE_2025,
  findProvince,
  fullName,
  matchProvinceAt,
  provinceAfter2025BySlug,
  provinceBySlug,
  successorOf,
} from "../../src/vocab/provinces.js";

const nfd = (s: string) => s.normalize("NFD");
const slugOf = (name: string) =>
  name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z]+/g, "-");

/** matchProvinceAt at the first occurrence of `at` in `text`. */
function matchAt(text: string, at: string) {
  const i = text.indexOf(at);
  if (i < 0) throw new Error(`"${at}" not in "${text}"`);
  return matchProvinceAt(text, i);
}

describe("data", () => {
  it("has 63 units before 2025: 58 tỉnh and 5 thành phố", () => {
    expect(PROVINCES_BEFORE_2025).toHaveLength(63);
    expect(PROVINCES_BEFORE_2025.filter((p) => p.type === "tỉnh")).toHaveLength(58);
    expect(PROVINCES_BEFORE_2025.filter((p) => p.type === "thành phố").map((p) => p.name).sort()).toEqual(
      ["Cần Thơ", "Hà Nội", "Hải Phòng", "Hồ Chí Minh", "Đà Nẵng"].sort(),
    );
  });

  it("has 34 units after 2025: 28 tỉnh and 6 thành phố", () => {
    expect(PROVINCES_AFTER_2025).toHaveLength(34);
    expect(PROVINCES_AFTER_2025.filter((p) => p.type === "tỉnh")).toHaveLength(28);
    expect(PROVINCES_AFTER_2025.filter((p) => p.type === "thành phố").map((p) => p.name).sort()).toEqual(
      ["Cần Thơ", "Hà Nội", "Hải Phòng", "Huế", "Hồ Chí Minh", "Đà Nẵng"].sort(),
    );
  });

  it("knows a unit merged away before 2025 (Hà Tây, into Hà Nội in 2008): found by name and slug, its own place, Hà Nội's successor", () => {
    expect(FORMER_PROVINCES.map((p) => p.slug)).toEqual(["ha-tay"]);
    for (const p of FORMER_PROVINCES) {
      expect(PROVINCES_BEFORE_2025.some((q) => q.slug === p.slug || q.name === p.name)).toBe(false);
      expect(p.slug).toBe(slugOf(p.name));
      expect(provinceAfter2025BySlug(p.dissolved!.into)).not.toBeNull();
    }
    expect(findProvince("tỉnh Hà Tây")?.slug).toBe("ha-tay");
    expect(findProvince("HA TAY")?.slug).toBe("ha-tay");
    expect(provinceBySlug("ha-tay")?.name).toBe("Hà Tây");
    expect(successorOf("ha-tay")?.slug).toBe("ha-noi");
    expect(matchAt("của UBND tỉnh Hà Tây về việc", "tỉnh Hà Tây")?.province.slug).toBe("ha-tay");
  });

  it("has unique slugs and names, slugs spelled from the names", () => {
    for (const list of [PROVINCES_BEFORE_2025, PROVINCES_AFTER_2025]) {
      expect(new Set(list.map((p) => p.slug)).size).toBe(list.length);
      expect(new Set(list.map((p) => p.name)).size).toBe(list.length);
      for (const p of list) expect(p.slug).toBe(slugOf(p.name));
    }
  });

  it("stores names in NFC", () => {
    for (const p of PROVINCES_BEFORE_2025) {
      for (const s of [p.name, ...p.aliases]) expect(s).toBe(s.normalize("NFC"));
    }
    for (const p of PROVINCES_AFTER_2025) expect(p.name).toBe(p.name.normalize("NFC"));
  });

  it("gives every pre-2025 unit a successor among the 34, which lists it", () => {
    for (const p of PROVINCES_BEFORE_2025) {
      const s = provinceAfter2025BySlug(p.successor);
      expect(s, p.slug).not.toBeNull();
      expect(s!.mergedFrom).toContain(p.slug);
    }
  });

  it("makes every post-2025 unit from units that map back to it, each unit used once", () => {
    const used: string[] = [];
    for (const u of PROVINCES_AFTER_2025) {
      expect(u.mergedFrom.length).toBeGreaterThanOrEqual(1);
      expect(u.mergedFrom.length).toBeLessThanOrEqual(3);
      for (const slug of u.mergedFrom) {
        expect(provinceBySlug(slug)?.successor, slug).toBe(u.slug);
        used.push(slug);
      }
    }
    expect(used.sort()).toEqual(PROVINCES_BEFORE_2025.map((p) => p.slug).sort());
  });

  it("keeps 11 units and names every merged unit after one of its parts", () => {
    const kept = PROVINCES_AFTER_2025.filter((u) => u.mergedFrom.length === 1).map((u) => u.name);
    expect(kept.sort()).toEqual(
      ["Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng"].sort(),
    );
    for (const u of PROVINCES_AFTER_2025) {
      if (u.slug === "hue") continue; // Thừa Thiên Huế, renamed on 1 January 2025
      expect(u.mergedFrom[0]).toBe(u.slug);
      expect(provinceBySlug(u.slug)?.name).toBe(u.name);
    }
  });

  it("records the 2025 merges (Nghị quyết 202/2025/QH15)", () => {
    const succ = (slug: string) => provinceBySlug(slug)?.successor;
    expect(succ("hau-giang")).toBe("can-tho");
    expect(succ("soc-trang")).toBe("can-tho");
    expect(succ("tra-vinh")).toBe("vinh-long");
    expect(succ("ben-tre")).toBe("vinh-long");
    expect(succ("tien-giang")).toBe("dong-thap");
    expect(succ("nghe-an")).toBe("nghe-an");
    expect(succ("binh-duong")).toBe("ho-chi-minh");
    expect(succ("ba-ria-vung-tau")).toBe("ho-chi-minh");
    expect(succ("quang-nam")).toBe("da-nang");
    expect(succ("hai-duong")).toBe("hai-phong");
    expect(succ("ha-nam")).toBe("ninh-binh");
    expect(succ("nam-dinh")).toBe("ninh-binh");
    expect(succ("kon-tum")).toBe("quang-ngai");
    expect(succ("binh-dinh")).toBe("gia-lai");
    expect(succ("phu-yen")).toBe("dak-lak");
    expect(succ("dak-nong")).toBe("lam-dong");
    expect(succ("binh-thuan")).toBe("lam-dong");
    expect(succ("long-an")).toBe("tay-ninh");
    expect(succ("kien-giang")).toBe("an-giang");
    expect(succ("bac-lieu")).toBe("ca-mau");
    expect(succ("thua-thien-hue")).toBe("hue");
  });
});

describe("findProvince", () => {
  it("finds the canonical names and every alias", () => {
    for (const p of PROVINCES_BEFORE_2025) {
      for (const s of [p.name, ...p.aliases]) expect(findProvince(s)?.slug, s).toBe(p.slug);
      expect(findProvince(fullName(p))?.slug).toBe(p.slug);
    }
  });

  it("reads names as they appear in text", () => {
    const hg = provinceBySlug("hau-giang");
    for (const s of [
      "Hậu Giang",
      "HẬU GIANG",
      "hậu giang",
      "tỉnh Hậu Giang",
      "Tỉnh Hậu Giang",
      "TỈNH HẬU GIANG",
      "  Hậu   Giang ",
      "tỉnh\u00a0Hậu\nGiang",
      nfd("Hậu Giang"),
      nfd("tỉnh Hậu Giang"),
      nfd("HẬU GIANG"),
      "Hau Giang",
    ]) {
      expect(findProvince(s), JSON.stringify(s)).toBe(hg);
    }
  });

  it("reads the examples", () => {
    const slug = (s: string) => findProvince(s)?.slug;
    expect(slug("Hà Nội")).toBe("ha-noi");
    expect(slug("thành phố Hà Nội")).toBe("ha-noi");
    expect(slug("Thừa Thiên Huế")).toBe("thua-thien-hue");
    expect(slug("Huế")).toBe("thua-thien-hue");
    expect(slug("Thành phố Huế")).toBe("thua-thien-hue");
    expect(slug("Thừa Thiên - Huế")).toBe("thua-thien-hue");
    expect(slug("Bà Rịa - Vũng Tàu")).toBe("ba-ria-vung-tau");
    expect(slug("Bà Rịa – Vũng Tàu")).toBe("ba-ria-vung-tau");
    expect(slug("Bà Rịa-Vũng Tàu")).toBe("ba-ria-vung-tau");
    expect(slug("Bà Rịa Vũng Tàu")).toBe("ba-ria-vung-tau");
    expect(slug("BR-VT")).toBe("ba-ria-vung-tau");
    expect(slug("tỉnh BR - VT")).toBe("ba-ria-vung-tau");
    for (const s of ["TP. Hồ Chí Minh", "TP.HCM", "Tp. HCM", "TPHCM", "Thành phố Hồ Chí Minh", "thành phố HCM", "Hồ Chí Minh"]) {
      expect(slug(s), s).toBe("ho-chi-minh");
    }
    expect(slug("Đắc Lắc")).toBe("dak-lak");
    expect(slug("Đăk Lăk")).toBe("dak-lak");
    expect(slug("Khánh Hoà")).toBe("khanh-hoa");
    expect(slug("Khánh Hòa")).toBe("khanh-hoa");
    expect(slug("THANH HOÁ")).toBe("thanh-hoa");
    expect(slug("tỉnh Hoà Bình")).toBe("hoa-binh");
    expect(slug("Bắc Cạn")).toBe("bac-kan");
  });

  it("ignores punctuation around the name", () => {
    expect(findProvince("(Hậu Giang)")?.slug).toBe("hau-giang");
    expect(findProvince("Hà Nội,")?.slug).toBe("ha-noi");
    expect(findProvince("“TP.HCM”")?.slug).toBe("ho-chi-minh");
  });

  it("reads Ð (U+00D0) and ð (U+00F0) as Đ", () => {
    expect(findProvince("\u00d0à Nẵng")?.slug).toBe("da-nang");
    expect(findProvince("\u00d0ồng Tháp")?.slug).toBe("dong-thap");
    expect(findProvince("tỉnh \u00f0iện Biên")?.slug).toBe("dien-bien");
    expect(findProvince(nfd("\u00d0ẮK NÔNG"))?.slug).toBe("dak-nong");
  });

  it("returns null for what is no province", () => {
    for (const s of ["", "   ", "Hậu", "Nam", "Việt Nam", "tỉnh", "thành phố", "Hà Nam Ninh", "Thái Bình Dương", "Hậu Giang Xanh"]) {
      expect(findProvince(s), s).toBeNull();
    }
  });
});

describe("provinceBySlug, successorOf", () => {
  it("looks up by slug", () => {
    expect(provinceBySlug("hau-giang")?.name).toBe("Hậu Giang");
    expect(provinceBySlug("ba-ria-vung-tau")?.name).toBe("Bà Rịa - Vũng Tàu");
    expect(provinceBySlug("Hậu Giang")).toBeNull();
    expect(provinceAfter2025BySlug("hue")?.name).toBe("Huế");
    expect(provinceAfter2025BySlug("hau-giang")).toBeNull();
  });

  it("maps names, slugs and records to the 2025 unit", () => {
    expect(successorOf("Hậu Giang")?.name).toBe("Cần Thơ");
    expect(successorOf("hau-giang")?.name).toBe("Cần Thơ");
    expect(successorOf("tỉnh Trà Vinh")?.name).toBe("Vĩnh Long");
    expect(successorOf("Bến Tre")?.name).toBe("Vĩnh Long");
    expect(successorOf("Tiền Giang")?.name).toBe("Đồng Tháp");
    expect(successorOf("Nghệ An")?.name).toBe("Nghệ An");
    expect(successorOf("BR-VT")?.name).toBe("Hồ Chí Minh");
    expect(successorOf("Thừa Thiên Huế")?.name).toBe("Huế");
    expect(successorOf(provinceBySlug("yen-bai")!)?.name).toBe("Lào Cai");
    expect(successorOf("Atlantis")).toBeNull();
  });

  it("writes full names", () => {
    expect(fullName(provinceBySlug("hau-giang")!)).toBe("tỉnh Hậu Giang");
    expect(fullName(provinceAfter2025BySlug("hue")!)).toBe("thành phố Huế");
  });
});

describe("matchProvinceAt", () => {
  it("matches at the name after a type word", () => {
    const text = "tỉnh Trà Vinh về kế hoạch";
    const m = matchAt(text, "Trà");
    expect(m?.province.slug).toBe("tra-vinh");
    expect(m?.length).toBe("Trà Vinh".length);
    expect(matchAt("tỉnh Hậu Giang về …", "Hậu")?.province.name).toBe("Hậu Giang");
  });

  it("takes a type word of the right type with the name", () => {
    const text = "tỉnh Trà Vinh về kế hoạch";
    expect(matchProvinceAt(text, 0)).toEqual({ province: provinceBySlug("tra-vinh"), length: "tỉnh Trà Vinh".length });
    expect(matchProvinceAt("Thành phố Hồ Chí Minh.", 0)?.length).toBe("Thành phố Hồ Chí Minh".length);
    expect(matchProvinceAt("TP.HCM, ngày", 0)).toEqual({ province: provinceBySlug("ho-chi-minh"), length: 6 });
    expect(matchProvinceAt("TP. Hồ Chí Minh", 0)?.province.slug).toBe("ho-chi-minh");
    expect(matchProvinceAt("TPHCM", 0)?.province.slug).toBe("ho-chi-minh");
    expect(matchProvinceAt("thành phố Huế", 0)?.province.slug).toBe("thua-thien-hue");
    // A city inside a province, not the province.
    expect(matchProvinceAt("thành phố Bắc Ninh", 0)).toBeNull();
    expect(matchAt("thành phố Bắc Ninh", "Bắc")?.province.slug).toBe("bac-ninh");
    expect(matchProvinceAt("tỉnhHậu Giang", 0)).toBeNull();
  });

  it("is case-insensitive and reads NFD, Ð and spacing", () => {
    expect(matchAt("UBND TỈNH HẬU GIANG", "HẬU")?.province.slug).toBe("hau-giang");
    const d = nfd("tỉnh Hậu Giang về");
    const m = matchAt(d, "H");
    expect(m?.province.slug).toBe("hau-giang");
    expect(m?.length).toBe(nfd("Hậu Giang").length);
    expect(matchProvinceAt(d, 0)?.length).toBe(nfd("tỉnh Hậu Giang").length);
    expect(matchAt("tỉnh \u00d0ồng Nai", "\u00d0")?.province.slug).toBe("dong-nai");
    expect(matchAt("tỉnh Hậu  \u00a0Giang,", "Hậu")?.length).toBe("Hậu  \u00a0Giang".length);
    expect(matchAt("tỉnh Bà Rịa – Vũng Tàu;", "Bà")?.length).toBe("Bà Rịa – Vũng Tàu".length);
    expect(matchAt("tỉnh Bà Rịa-Vũng Tàu;", "Bà")?.province.slug).toBe("ba-ria-vung-tau");
    expect(matchAt("tỉnh Khánh Hoà.", "Kh")?.province.slug).toBe("khanh-hoa");
  });

  it("prefers the longest name", () => {
    expect(matchAt("tỉnh Thừa Thiên Huế", "Thừa")?.length).toBe("Thừa Thiên Huế".length);
    expect(matchAt("tỉnh Bà Rịa - Vũng Tàu", "Bà")?.length).toBe("Bà Rịa - Vũng Tàu".length);
  });

  it("needs a non-letter on both sides", () => {
    expect(matchAt("tỉnh Hậu về", "Hậu")).toBeNull();
    expect(matchAt("tỉnh Hậu Giangg", "Hậu")).toBeNull();
    expect(matchAt("tỉnh Hậu Giang2", "Hậu")).toBeNull();
    expect(matchAt("tỉnh Hậu Giangở", "Hậu")).toBeNull();
    expect(matchAt("xHậu Giang", "Hậu")).toBeNull();
    expect(matchAt("Hậu Giang", "Hậu")?.length).toBe(9);
    expect(matchAt("(Hậu Giang)", "Hậu")?.length).toBe(9);
    // NFD: a letter followed by a combining mark is still a letter.
    expect(matchAt(nfd("tỉnh Hậu Giangở"), "H")).toBeNull();
  });

  it("does not read Nam or Hậu alone as a province", () => {
    expect(matchAt("Cộng hòa xã hội chủ nghĩa Việt Nam", "Nam")).toBeNull();
    expect(matchAt("nước Việt Nam về", "Nam")).toBeNull();
    expect(matchAt("Việt Nam", "Việt")).toBeNull();
    expect(matchAt("hậu quả", "hậu")).toBeNull();
    expect(matchAt("tỉnh Hà Nam.", "Nam")).toBeNull();
    expect(matchAt("tỉnh Hà Nam.", "Hà")?.province.slug).toBe("ha-nam");
  });

  it("does not read phrases that begin with a name", () => {
    expect(matchAt("ven biển Thái Bình Dương", "Thái")).toBeNull();
    expect(matchAt("tỉnh Thái Bình.", "Thái")?.province.slug).toBe("thai-binh");
    expect(matchAt("tỉnh Hà Nam Ninh", "Hà")).toBeNull();
    expect(matchAt("tư tưởng Hồ Chí Minh", "Hồ")).toBeNull();
    expect(matchAt("Đoàn TNCS HCM", "HCM")).toBeNull();
  });

  it("matches every name and alias in running text", () => {
    for (const p of PROVINCES_BEFORE_2025) {
      const bare = new Set((p.needsTypeWord ?? []).map((s) => s.toLowerCase()));
      for (const s of [p.name, ...p.aliases]) {
        const text = `của ${s} về`;
        const m = matchProvinceAt(text, 4);
        if (bare.has(s.toLowerCase())) {
          expect(m, s).toBeNull();
          expect(matchProvinceAt(`của ${fullName(p)} về`, 4)?.province).toBe(p);
        } else {
          expect(m?.province.slug, s).toBe(p.slug);
          expect(m?.length, s).toBe(s.length);
        }
      }
    }
  });

  it("returns null out of range", () => {
    expect(matchProvinceAt("Hà Nội", -1)).toBeNull();
    expect(matchProvinceAt("Hà Nội", 6)).toBeNull();
    expect(matchProvinceAt("", 0)).toBeNull();
  });
});
