extension Message.Survey {
    // MARK: - The survey definition (kind: survey)

    /// The survey definition file holds nothing at all.
    static let emptyDefinition = Localized(id: "berkas kosong; definisi survei diperlukan", en: "the file is empty; a survey definition is expected")

    /// Names the survey definition in the messages about its top-level keys.
    static let surveyDefinition = Localized(id: "definisi survei", en: "the survey definition")

    /// Names a section (or a key) of the survey definition in the messages about its fields, as written: 'scale'.
    static func section(_ name: String) -> Localized {
        Localized("'\(name)'")
    }

    /// Names one item of 'items' in the messages about its fields.
    static let item = Localized(id: "butir survei", en: "survey item")

    /// Names one profile of 'weights' in the messages about its fields.
    static let weightProfile = Localized(id: "profil bobot", en: "weight profile")

    /// Names the per-item table of a weight profile in the messages about its fields.
    static let weightsPerItem = Localized(id: "bobot per butir", en: "the weights per item")

    /// Names one rule of 'index' in the messages about its fields.
    static let indexRule = Localized(id: "aturan indeks", en: "index rule")

    /// Names one level of 'bands' in the messages about its fields.
    static let bandLevel = Localized(id: "tingkat", en: "band level")

    /// Names one attribute of 'respondents.profile' in the messages about its fields.
    static let respondentAttribute = Localized(id: "atribut responden", en: "respondent attribute")

    /// Names one value of a respondent attribute in the messages about its fields.
    static let attributeValue = Localized(id: "nilai atribut", en: "attribute value")

    /// `lke survey` was given a worksheet definition.
    static let worksheetDefinition = Localized(
        id: "ini definisi lembar kerja (kind: lke); 'lke survey' membaca definisi survei (kind: survey)",
        en: "this is a worksheet definition (kind: lke); 'lke survey' reads survey definitions (kind: survey)")

    /// An identifier ('id', ...) holds more than lowercase letters, digits and '-'.
    static func badIdentifier(_ key: String) -> Localized {
        Localized(id: "'\(key)' hanya boleh berisi huruf kecil, angka dan '-'", en: "'\(key)' may hold only lowercase letters, digits and '-'")
    }

    /// The scale's 'max' is not above its 'min'.
    static func maxNotAboveMin(min: Int, max: Int) -> Localized {
        Localized(id: "'max' (\(max)) harus lebih besar dari 'min' (\(min))", en: "'max' (\(max)) must be greater than 'min' (\(min))")
    }

    /// Two options of the scale give a label to the same value.
    static func valueLabelledTwice(_ value: Int) -> Localized {
        Localized(id: "nilai \(value) sudah memiliki label di skala", en: "the value \(value) already has a label in the scale")
    }

    /// A label or alias of the scale is empty or only digits.
    static func badLabel(_ spelling: String) -> Localized {
        Localized(id: "label '\(spelling)' tidak boleh kosong atau hanya angka", en: "the label '\(spelling)' must not be empty or only digits")
    }

    /// A spelling (label or alias) of the scale names two of its values.
    static func spellingNamesTwoValues(_ spelling: String, _ other: Int, _ value: Int) -> Localized {
        Localized(id: "'\(spelling)' menunjuk dua nilai skala (\(other) dan \(value))", en: "'\(spelling)' names two values of the scale (\(other) and \(value))")
    }

    /// Note on `spellingNamesTwoValues`: where the other value is.
    static let otherValueHere = Localized(id: "nilai lain di sini", en: "the other value is here")

    /// An item's code holds characters other than letters, digits, '.', '_' and '-'.
    static func badItemCode(_ code: String) -> Localized {
        Localized(id: "kode '\(code)' tidak sah: gunakan huruf, angka, '.', '_' atau '-'", en: "code '\(code)' is not valid: use letters, digits, '.', '_' or '-'")
    }

    /// An item's own 'options' do not give one label per value of the scale.
    static func optionsCount(needed: Int, min: Int, max: Int, written: Int) -> Localized {
        Localized(id: "'options' memerlukan \(needed) label, satu untuk setiap nilai \(min) sampai \(max); tertulis \(written)",
                  en: "'options' needs \(needed) labels, one for each value from \(min) to \(max); it has \(written)")
    }

    /// A label of an item's own options names two values.
    static func itemLabelNamesTwoValues(_ label: String, item: String, _ other: Int, _ value: Int) -> Localized {
        Localized(id: "label '\(label)' dari butir '\(item)' menunjuk dua nilai (\(other) dan \(value))",
                  en: "the label '\(label)' of item '\(item)' names two values (\(other) and \(value))")
    }

    /// A name (code, title, text or alias) that matches a column names two items.
    static func columnNameTwoItems(_ name: String, _ other: String, _ code: String) -> Localized {
        Localized(id: "nama kolom '\(name)' cocok untuk butir '\(other)' dan '\(code)'", en: "the column name '\(name)' matches both item '\(other)' and item '\(code)'")
    }

    /// Note on `columnNameTwoItems`: where the other item is.
    static let otherItemHere = Localized(id: "butir lain di sini", en: "the other item is here")

    /// 'items' is empty.
    static let noItems = Localized(id: "'items' memerlukan paling sedikit satu butir", en: "'items' needs at least one item")

    /// Two weight profiles have the same id.
    static func weightProfileTwice(_ id: String) -> Localized {
        Localized(id: "profil bobot '\(id)' ditulis dua kali", en: "weight profile '\(id)' is defined twice")
    }

    /// A weight profile's 'each' is neither 'equal' nor a number in (0, 1].
    static let badEachWeight = Localized(
        id: "'each' harus 'equal' atau angka lebih dari 0 sampai 1", en: "'each' must be 'equal' or a number above 0 up to 1")

    /// A per-item weight table leaves an item out.
    static func weightMissing(_ code: String) -> Localized {
        Localized(id: "bobot per butir tidak memuat butir '\(code)'", en: "the weights per item do not give item '\(code)'")
    }

    /// A per-item weight table does not add up to 1.
    static func weightsSum(_ sum: Number) -> Localized {
        Localized(id: "bobot per butir berjumlah \(NumberFormat.plain(sum)); jumlahnya harus 1",
                  en: "the weights per item add up to \(NumberFormat.plain(sum)); they must add up to 1")
    }

    /// A weight profile has both 'each' and 'items'.
    static func weightEachAndItems(_ id: String) -> Localized {
        Localized(id: "profil bobot '\(id)' memiliki 'each' dan 'items'; pilih salah satu", en: "weight profile '\(id)' has both 'each' and 'items'; keep one")
    }

    /// A weight profile has neither 'each' nor 'items'.
    static func weightRuleMissing(_ id: String) -> Localized {
        Localized(id: "profil bobot '\(id)' memerlukan 'each' (equal atau angka) atau 'items'", en: "weight profile '\(id)' needs 'each' (equal or a number) or 'items'")
    }

    /// 'weights.default' names no weight profile.
    static func unknownDefaultWeights(_ id: String, suggestion: String?) -> Localized {
        let hint = Suggestion.suffix(suggestion)
        return Localized(id: "profil bobot '\(id)' tidak ada\(hint.id)", en: "there is no weight profile '\(id)'\(hint.en)")
    }

    /// Two index rules have the same id.
    static func indexRuleTwice(_ id: String) -> Localized {
        Localized(id: "aturan indeks '\(id)' ditulis dua kali", en: "index rule '\(id)' is defined twice")
    }

    /// 'index.default' names no index rule.
    static func unknownDefaultIndexRule(_ id: String, suggestion: String?) -> Localized {
        let hint = Suggestion.suffix(suggestion)
        return Localized(id: "aturan indeks '\(id)' tidak ada\(hint.id)", en: "there is no index rule '\(id)'\(hint.en)")
    }

    /// A formula of the survey refers to a name other than those it may use; `hint` is the "did you mean" suffix.
    static func formulaUnknownReference(_ reference: String, allowed: [String], hint: Localized) -> Localized {
        Localized(id: "rumus merujuk '\(reference)'; di sini hanya \(allowed.map { "'\($0)'" }.joined(separator: " dan ")) yang dikenal\(hint.id)",
                  en: "the formula refers to '\(reference)'; only \(allowed.map { "'\($0)'" }.joined(separator: " and ")) are known here\(hint.en)")
    }

    /// 'bands.on' is 'converted' but the definition has no 'converted' section.
    static let bandsOnConvertedMissing = Localized(id: "'on: converted' memerlukan bagian 'converted'", en: "'on: converted' needs a 'converted' section")

    /// The band levels are not written from the highest down.
    static func bandLevelsOrder(_ min: Number, previous: Number) -> Localized {
        Localized(id: "tingkat ditulis dari yang tertinggi: \(NumberFormat.plain(min)) harus lebih kecil dari \(NumberFormat.plain(previous))",
                  en: "levels go from the highest down: \(NumberFormat.plain(min)) must be below \(NumberFormat.plain(previous))")
    }

    /// A sample size parameter lies outside its open interval.
    static func sampleParameterRange(_ key: String, low: Number, high: Number) -> Localized {
        Localized(id: "'\(key)' harus lebih dari \(low) dan kurang dari \(high)", en: "'\(key)' must be above \(low) and below \(high)")
    }

    /// Two respondent attributes have the same id.
    static func attributeTwice(_ id: String) -> Localized {
        Localized(id: "atribut '\(id)' ditulis dua kali", en: "attribute '\(id)' is defined twice")
    }

    /// A respondent attribute has no 'columns'.
    static func attributeColumnsMissing(_ id: String) -> Localized {
        Localized(id: "atribut '\(id)' memerlukan 'columns' (nama kolom yang memuatnya)", en: "attribute '\(id)' needs 'columns' (the column names that hold it)")
    }

    /// A spelling names two values of a respondent attribute.
    static func attributeSpellingTwoValues(_ spelling: String, attribute: String, _ other: String, _ label: String) -> Localized {
        Localized(id: "'\(spelling)' menunjuk dua nilai atribut '\(attribute)' ('\(other)' dan '\(label)')",
                  en: "'\(spelling)' names two values of attribute '\(attribute)' ('\(other)' and '\(label)')")
    }

    /// A respondent attribute's 'bins' are not rising positive whole numbers.
    static func badBins(_ text: String) -> Localized {
        Localized(id: "'bins' harus berupa bilangan bulat positif yang naik, bukan '\(text)'", en: "'bins' must be rising positive whole numbers, not '\(text)'")
    }

    /// A respondent attribute has both 'values' and 'bins'.
    static func attributeValuesAndBins(_ id: String) -> Localized {
        Localized(id: "atribut '\(id)' memiliki 'values' dan 'bins'; pilih salah satu", en: "attribute '\(id)' has both 'values' and 'bins'; keep one")
    }
}
