//! The Harmonized System's chapters, named: a short name for legends and
//! the full title (the WCO's HS 2022 English titles, checked against
//! UN Comtrade's H6 list and national tariffs). Chapter 77 is reserved;
//! 99 is UN Comtrade's "Commodities not specified according to kind".

/// (code, short name, full title).
pub const CHAPTERS: [(&str, &str, &str); 98] = [
    ("01", "Live animals", "Live animals"),
    ("02", "Meat and edible offal", "Meat and edible meat offal"),
    (
        "03",
        "Fish and crustaceans",
        "Fish and crustaceans, molluscs and other aquatic invertebrates",
    ),
    (
        "04",
        "Dairy, eggs, honey",
        "Dairy produce; birds' eggs; natural honey; edible products of animal origin, not elsewhere specified or included",
    ),
    (
        "05",
        "Other animal products",
        "Products of animal origin, not elsewhere specified or included",
    ),
    (
        "06",
        "Live plants, cut flowers",
        "Live trees and other plants; bulbs, roots and the like; cut flowers and ornamental foliage",
    ),
    (
        "07",
        "Vegetables",
        "Edible vegetables and certain roots and tubers",
    ),
    (
        "08",
        "Fruit and nuts",
        "Edible fruit and nuts; peel of citrus fruit or melons",
    ),
    (
        "09",
        "Coffee, tea, maté, spices",
        "Coffee, tea, maté and spices",
    ),
    ("10", "Cereals", "Cereals"),
    (
        "11",
        "Milling products, malt, starches",
        "Products of the milling industry; malt; starches; inulin; wheat gluten",
    ),
    (
        "12",
        "Oil seeds, misc. grains, fodder",
        "Oil seeds and oleaginous fruits; miscellaneous grains, seeds and fruit; industrial or medicinal plants; straw and fodder",
    ),
    (
        "13",
        "Lac, gums, resins",
        "Lac; gums, resins and other vegetable saps and extracts",
    ),
    (
        "14",
        "Vegetable plaiting materials",
        "Vegetable plaiting materials; vegetable products not elsewhere specified or included",
    ),
    (
        "15",
        "Animal, vegetable, microbial fats and oils",
        "Animal, vegetable or microbial fats and oils and their cleavage products; prepared edible fats; animal or vegetable waxes",
    ),
    (
        "16",
        "Meat, fish, insect preparations",
        "Preparations of meat, of fish, of crustaceans, molluscs or other aquatic invertebrates, or of insects",
    ),
    (
        "17",
        "Sugars and confectionery",
        "Sugars and sugar confectionery",
    ),
    (
        "18",
        "Cocoa and preparations",
        "Cocoa and cocoa preparations",
    ),
    (
        "19",
        "Cereal, flour, milk preparations; bakery",
        "Preparations of cereals, flour, starch or milk; pastrycooks' products",
    ),
    (
        "20",
        "Vegetable and fruit preparations",
        "Preparations of vegetables, fruit, nuts or other parts of plants",
    ),
    (
        "21",
        "Miscellaneous edible preparations",
        "Miscellaneous edible preparations",
    ),
    (
        "22",
        "Beverages, spirits, vinegar",
        "Beverages, spirits and vinegar",
    ),
    (
        "23",
        "Food residues, animal fodder",
        "Residues and waste from the food industries; prepared animal fodder",
    ),
    (
        "24",
        "Tobacco and nicotine products",
        "Tobacco and manufactured tobacco substitutes; products, whether or not containing nicotine, intended for inhalation without combustion; other nicotine containing products intended for the intake of nicotine into the human body",
    ),
    (
        "25",
        "Salt, sulphur, stone, cement",
        "Salt; sulphur; earths and stone; plastering materials, lime and cement",
    ),
    ("26", "Ores, slag and ash", "Ores, slag and ash"),
    (
        "27",
        "Mineral fuels, oils",
        "Mineral fuels, mineral oils and products of their distillation; bituminous substances; mineral waxes",
    ),
    (
        "28",
        "Inorganic chemicals, rare-earth compounds",
        "Inorganic chemicals; organic or inorganic compounds of precious metals, of rare-earth metals, of radioactive elements or of isotopes",
    ),
    ("29", "Organic chemicals", "Organic chemicals"),
    ("30", "Pharmaceutical products", "Pharmaceutical products"),
    ("31", "Fertilisers", "Fertilisers"),
    (
        "32",
        "Tanning, dyes, paints, inks",
        "Tanning or dyeing extracts; tannins and their derivatives; dyes, pigments and other colouring matter; paints and varnishes; putty and other mastics; inks",
    ),
    (
        "33",
        "Essential oils, perfumes, cosmetics",
        "Essential oils and resinoids; perfumery, cosmetic or toilet preparations",
    ),
    (
        "34",
        "Soap, detergents, waxes, candles",
        "Soap, organic surface-active agents, washing preparations, lubricating preparations, artificial waxes, prepared waxes, polishing or scouring preparations, candles and similar articles, modelling pastes, \"dental waxes\" and dental preparations with a basis of plaster",
    ),
    (
        "35",
        "Albuminoids, modified starches, glues, enzymes",
        "Albuminoidal substances; modified starches; glues; enzymes",
    ),
    (
        "36",
        "Explosives, pyrotechnics, matches",
        "Explosives; pyrotechnic products; matches; pyrophoric alloys; certain combustible preparations",
    ),
    (
        "37",
        "Photographic, cinematographic goods",
        "Photographic or cinematographic goods",
    ),
    (
        "38",
        "Miscellaneous chemical products",
        "Miscellaneous chemical products",
    ),
    ("39", "Plastics", "Plastics and articles thereof"),
    ("40", "Rubber", "Rubber and articles thereof"),
    (
        "41",
        "Raw hides, skins, leather",
        "Raw hides and skins (other than furskins) and leather",
    ),
    (
        "42",
        "Leather articles, travel goods, handbags",
        "Articles of leather; saddlery and harness; travel goods, handbags and similar containers; articles of animal gut (other than silk-worm gut)",
    ),
    (
        "43",
        "Furskins, artificial fur",
        "Furskins and artificial fur; manufactures thereof",
    ),
    (
        "44",
        "Wood, wood charcoal",
        "Wood and articles of wood; wood charcoal",
    ),
    ("45", "Cork", "Cork and articles of cork"),
    (
        "46",
        "Straw, basketware, wickerwork",
        "Manufactures of straw, of esparto or of other plaiting materials; basketware and wickerwork",
    ),
    (
        "47",
        "Wood pulp, recovered paper",
        "Pulp of wood or of other fibrous cellulosic material; recovered (waste and scrap) paper or paperboard",
    ),
    (
        "48",
        "Paper and paperboard",
        "Paper and paperboard; articles of paper pulp, of paper or of paperboard",
    ),
    (
        "49",
        "Printed books, newspapers, pictures",
        "Printed books, newspapers, pictures and other products of the printing industry; manuscripts, typescripts and plans",
    ),
    ("50", "Silk", "Silk"),
    (
        "51",
        "Wool, animal hair",
        "Wool, fine or coarse animal hair; horsehair yarn and woven fabric",
    ),
    ("52", "Cotton", "Cotton"),
    (
        "53",
        "Other vegetable textile fibres",
        "Other vegetable textile fibres; paper yarn and woven fabrics of paper yarn",
    ),
    (
        "54",
        "Man-made filaments",
        "Man-made filaments; strip and the like of man-made textile materials",
    ),
    ("55", "Man-made staple fibres", "Man-made staple fibres"),
    (
        "56",
        "Wadding, felt, nonwovens, cordage",
        "Wadding, felt and nonwovens; special yarns; twine, cordage, ropes and cables and articles thereof",
    ),
    (
        "57",
        "Carpets, textile floor coverings",
        "Carpets and other textile floor coverings",
    ),
    (
        "58",
        "Special woven fabrics, lace, embroidery",
        "Special woven fabrics; tufted textile fabrics; lace; tapestries; trimmings; embroidery",
    ),
    (
        "59",
        "Coated, laminated, industrial textiles",
        "Impregnated, coated, covered or laminated textile fabrics; textile articles of a kind suitable for industrial use",
    ),
    (
        "60",
        "Knitted or crocheted fabrics",
        "Knitted or crocheted fabrics",
    ),
    (
        "61",
        "Apparel, knitted or crocheted",
        "Articles of apparel and clothing accessories, knitted or crocheted",
    ),
    (
        "62",
        "Apparel, not knitted or crocheted",
        "Articles of apparel and clothing accessories, not knitted or crocheted",
    ),
    (
        "63",
        "Other made-up textiles, worn clothing",
        "Other made up textile articles; sets; worn clothing and worn textile articles; rags",
    ),
    (
        "64",
        "Footwear",
        "Footwear, gaiters and the like; parts of such articles",
    ),
    ("65", "Headgear", "Headgear and parts thereof"),
    (
        "66",
        "Umbrellas, walking-sticks, whips",
        "Umbrellas, sun umbrellas, walking-sticks, seat-sticks, whips, riding-crops and parts thereof",
    ),
    (
        "67",
        "Feathers, artificial flowers, human hair",
        "Prepared feathers and down and articles made of feathers or of down; artificial flowers; articles of human hair",
    ),
    (
        "68",
        "Stone, plaster, cement, asbestos articles",
        "Articles of stone, plaster, cement, asbestos, mica or similar materials",
    ),
    ("69", "Ceramic products", "Ceramic products"),
    ("70", "Glass and glassware", "Glass and glassware"),
    (
        "71",
        "Pearls, precious stones and metals, coin",
        "Natural or cultured pearls, precious or semi-precious stones, precious metals, metals clad with precious metal, and articles thereof; imitation jewellery; coin",
    ),
    ("72", "Iron and steel", "Iron and steel"),
    (
        "73",
        "Articles of iron or steel",
        "Articles of iron or steel",
    ),
    ("74", "Copper", "Copper and articles thereof"),
    ("75", "Nickel", "Nickel and articles thereof"),
    ("76", "Aluminium", "Aluminium and articles thereof"),
    (
        "77",
        "(Reserved for future use)",
        "(Reserved for possible future use in the Harmonized System)",
    ),
    ("78", "Lead", "Lead and articles thereof"),
    ("79", "Zinc", "Zinc and articles thereof"),
    ("80", "Tin", "Tin and articles thereof"),
    (
        "81",
        "Other base metals, cermets",
        "Other base metals; cermets; articles thereof",
    ),
    (
        "82",
        "Tools, cutlery of base metal",
        "Tools, implements, cutlery, spoons and forks, of base metal; parts thereof of base metal",
    ),
    (
        "83",
        "Misc. articles of base metal",
        "Miscellaneous articles of base metal",
    ),
    (
        "84",
        "Machinery, nuclear reactors, boilers",
        "Nuclear reactors, boilers, machinery and mechanical appliances; parts thereof",
    ),
    (
        "85",
        "Electrical machinery and equipment",
        "Electrical machinery and equipment and parts thereof; sound recorders and reproducers, television image and sound recorders and reproducers, and parts and accessories of such articles",
    ),
    (
        "86",
        "Railway, tramway locomotives, rolling-stock",
        "Railway or tramway locomotives, rolling-stock and parts thereof; railway or tramway track fixtures and fittings and parts thereof; mechanical (including electro-mechanical) traffic signalling equipment of all kinds",
    ),
    (
        "87",
        "Vehicles other than railway, tramway",
        "Vehicles other than railway or tramway rolling-stock, and parts and accessories thereof",
    ),
    (
        "88",
        "Aircraft, spacecraft",
        "Aircraft, spacecraft, and parts thereof",
    ),
    (
        "89",
        "Ships, boats, floating structures",
        "Ships, boats and floating structures",
    ),
    (
        "90",
        "Optical, medical, measuring instruments",
        "Optical, photographic, cinematographic, measuring, checking, precision, medical or surgical instruments and apparatus; parts and accessories thereof",
    ),
    (
        "91",
        "Clocks and watches",
        "Clocks and watches and parts thereof",
    ),
    (
        "92",
        "Musical instruments",
        "Musical instruments; parts and accessories of such articles",
    ),
    (
        "93",
        "Arms and ammunition",
        "Arms and ammunition; parts and accessories thereof",
    ),
    (
        "94",
        "Furniture, bedding, luminaires, prefab bldgs",
        "Furniture; bedding, mattresses, mattress supports, cushions and similar stuffed furnishings; luminaires and lighting fittings, not elsewhere specified or included; illuminated signs, illuminated name-plates and the like; prefabricated buildings",
    ),
    (
        "95",
        "Toys, games, sports requisites",
        "Toys, games and sports requisites; parts and accessories thereof",
    ),
    (
        "96",
        "Miscellaneous manufactured articles",
        "Miscellaneous manufactured articles",
    ),
    (
        "97",
        "Works of art, collectors' pieces, antiques",
        "Works of art, collectors' pieces and antiques",
    ),
    (
        "99",
        "Commodities not specified (UN Comtrade)",
        "Commodities not specified according to kind",
    ),
];

/// The short name of an HS chapter ("27" -> "Mineral fuels, oils").
pub fn chapter_name(code: &str) -> Option<&'static str> {
    CHAPTERS
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, s, _)| *s)
}

/// The full title of an HS chapter.
pub fn chapter_title(code: &str) -> Option<&'static str> {
    CHAPTERS
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, _, t)| *t)
}

/// The chapters goods are classified in: 01 to 97 but the reserved 77.
pub fn goods_chapters() -> impl Iterator<Item = &'static str> {
    CHAPTERS
        .iter()
        .map(|(c, _, _)| *c)
        .filter(|c| *c != "77" && *c != "99")
}

#[cfg(test)]
mod tests {
    #[test]
    fn there_are_96_goods_chapters_and_names_for_all_97() {
        assert_eq!(super::goods_chapters().count(), 96);
        assert_eq!(super::chapter_name("27"), Some("Mineral fuels, oils"));
        assert_eq!(super::chapter_name("01"), Some("Live animals"));
        assert!(
            super::CHAPTERS
                .iter()
                .all(|(_, s, _)| s.chars().count() <= 48)
        );
    }
}
