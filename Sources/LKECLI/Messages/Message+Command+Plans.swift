import LKEKit

extension Message.Command {
    // MARK: lke plan

    /// `lke plan --status` on a file that is not an action plan.
    static func notAPlan(_ path: String, format: String) -> Localized {
        Localized(id: "'\(path)' bukan rencana aksi (tidak ada 'format: \(format)'); buat dengan 'lke plan BERKAS-JAWABAN -o RENCANA.yaml'",
                  en: "'\(path)' is not an action plan (no 'format: \(format)'); make one with 'lke plan ANSWER-FILE -o PLAN.yaml'")
    }

    /// `lke plan -o FILE` where FILE exists but is not a valid plan: it is left alone.
    static func invalidPlanKept(_ path: String) -> Localized {
        Localized(id: "'\(path)' tidak ditimpa karena bukan rencana aksi yang sah; perbaiki atau hapus dahulu\n",
                  en: "'\(path)' is not overwritten because it is not a valid action plan; fix or remove it first\n")
    }

    /// The existing plan at `-o` belongs to another unit or questionnaire than the answer file; it is updated.
    static func planOfAnotherUnit(_ plan: String, unit: String, questionnaire: String, answers: String, answersUnit: String, answersQuestionnaire: String) -> Localized {
        Localized(id: "'\(plan)' adalah rencana untuk '\(unit)' (\(questionnaire)), sedangkan '\(answers)' berisi '\(answersUnit)' (\(answersQuestionnaire)); rencana tetap diperbarui",
                  en: "'\(plan)' is the plan of '\(unit)' (\(questionnaire)) but '\(answers)' holds '\(answersUnit)' (\(answersQuestionnaire)); the plan is updated anyway")
    }

    /// The line on stderr after a new plan is written.
    static func planWritten(_ path: String, actions: Int) -> Localized {
        Localized(id: "rencana aksi ditulis ke '\(path)': \(actions) tindakan\n", en: "action plan written to '\(path)': \(actions) actions\n")
    }

    /// The line on stderr after an existing plan is updated: its actions, the new ones, those the answers closed.
    static func planUpdated(_ path: String, actions: Int, added: Int, closed: Int) -> Localized {
        Localized(id: "rencana aksi '\(path)' diperbarui: \(actions) tindakan, \(added) baru, \(closed) selesai karena jawaban\n",
                  en: "action plan '\(path)' updated: \(actions) actions, \(added) new, \(closed) done by the answers\n")
    }

    // MARK: lke evidence

    /// `lke evidence --write` found no unlisted evidence file in the answer file's folder.
    static func nothingToList(_ path: String) -> Localized {
        Localized(id: "'\(path)': tidak ada berkas bukti yang perlu dicantumkan\n", en: "'\(path)': no evidence file needs listing\n")
    }

    /// `lke evidence --write` cannot list files under the answer of `code`; `reason` says why.
    static func evidenceNotListed(_ code: String, _ reason: Localized) -> Localized {
        Localized(id: "'\(code)': \(reason.id)", en: "'\(code)': \(reason.en)")
    }

    /// `lke evidence --write`'s line before the files it listed, one per line.
    static func evidenceListed(_ count: Int, in path: String) -> Localized {
        Localized(id: "\(count) bukti dicantumkan ke '\(path)':\n", en: "added \(count) evidence item(s) to '\(path)':\n")
    }

    /// `lke evidence init`'s line for a folder or file it made.
    static func skeletonCreated(_ item: String) -> Localized {
        Localized(id: "dibuat   \(item)\n", en: "created  \(item)\n")
    }

    /// `lke evidence init`'s line for a folder or file that existed and is left as it is.
    static func skeletonKept(_ item: String) -> Localized {
        Localized(id: "dibiarkan \(item)\n", en: "kept     \(item)\n")
    }

    /// `lke evidence init` cannot make a folder or file; `reason` says why.
    static func cannotCreate(_ path: String, reason: String) -> Localized {
        Localized(id: "tidak dapat membuat '\(path)': \(reason)", en: "cannot create '\(path)': \(reason)")
    }

    /// `lke evidence init`'s closing line on stderr.
    static func skeletonMade(_ folder: String, created: Int, kept: Int) -> Localized {
        Localized(id: "'\(folder)': \(created) dibuat, \(kept) sudah ada dan dibiarkan\n", en: "'\(folder)': \(created) created, \(kept) existed and were kept\n")
    }

    // MARK: lke survey --into, lke check on a survey definition

    /// `--into` names an answer file with errors: it is left as it is.
    static func fixBeforeInto(_ path: String) -> Localized {
        Localized(id: "'\(path)' tidak diubah: perbaiki dulu kesalahannya", en: "'\(path)' is not changed: fix its errors first")
    }

    /// `--into` names an answer file of another questionnaire than the one the survey feeds.
    static func feedsAnotherQuestionnaire(_ path: String, answers: String, survey: String, code: String, questionnaire: String) -> Localized {
        Localized(id: "'\(path)' menjawab '\(answers)', sedangkan '\(survey)' mengisi '\(code)' dari '\(questionnaire)'",
                  en: "'\(path)' answers '\(answers)', but '\(survey)' feeds '\(code)' of '\(questionnaire)'")
    }

    /// The survey's index cannot be computed, so the answer file is left as it is.
    static func indexNotComputed(_ path: String) -> Localized {
        Localized(id: "indeks tidak dapat dihitung; '\(path)' tidak diubah", en: "the index could not be computed; '\(path)' is not changed")
    }

    /// The edited answer file would not be valid, so it is left as it is (the errors are printed above).
    static func notChanged(_ path: String) -> Localized {
        Localized(id: "'\(path)' tidak diubah", en: "'\(path)' is not changed")
    }

    /// The answer's layout cannot be edited in place: the file is rewritten, its original kept at `backup`.
    static func rewrittenWithoutComments(_ path: String, code: String, backup: String) -> Localized {
        Localized(
            id: "peringatan: tata letak jawaban \(code) di '\(path)' tidak dapat diubah di tempat; berkas ditulis ulang tanpa komentarnya, salinan aslinya di '\(backup)'\n",
            en: "warning: the layout of answer \(code) in '\(path)' cannot be edited in place; the file is rewritten without its comments, the original is kept in '\(backup)'\n")
    }

    /// `lke survey --into`'s line after the answer is written: the new value and the one before (nil when
    /// unanswered), then, rounded to `places`, the question's score of its maximum, the component's score of
    /// its weight and the new total.
    static func surveyAnswerWritten(_ path: String, code: String, value: String, previous: String?, question: (score: Number, maximum: Number)?,
                                    component: (code: String, title: String, score: Number, weight: Number)?, total: Number, places: Int) -> Localized {
        func text(_ language: Language) -> String {
            let en = language == .en
            func score(_ value: Number) -> String { NumberFormat.fixed(value, places: places, language: language) }
            let before = previous.map { "'\($0)'" } ?? (en ? "unanswered" : "belum dijawab")
            var line = "\(path): \(code) = \(value) (" + (en ? "was " : "sebelumnya ") + before + ")"
            if let question { line += ": " + score(question.score) + (en ? " of " : " dari ") + score(question.maximum) }
            if let component { line += "; \(component.code) \(component.title) " + score(component.score) + (en ? " of " : " dari ") + score(component.weight) }
            return line + "; " + (en ? "total " : "nilai total ") + score(total) + "\n"
        }
        return Localized(id: text(.id), en: text(.en))
    }

    /// The answer kept the team's own note; the survey's note replaced its earlier one or was added below.
    static func teamNoteKept(_ path: String, code: String, replacedSurveyNote: Bool) -> Localized {
        Localized(id: "\(path): catatan tim pada \(code) dipertahankan; catatan survei \(replacedSurveyNote ? "sebelumnya diganti dengan yang baru" : "ditambahkan di bawahnya")\n",
                  en: "\(path): the team's note on \(code) is kept; the survey note \(replacedSurveyNote ? "written before is replaced by the new one" : "is added below it")\n")
    }

    /// The answer's note was the survey's own earlier note, and is replaced.
    static func surveyNoteReplaced(_ path: String, code: String) -> Localized {
        Localized(id: "\(path): catatan survei sebelumnya pada \(code) diganti\n", en: "\(path): the earlier survey note on \(code) is replaced\n")
    }

    /// `lke check`'s line for a valid survey definition, with the LKE question it feeds (code, questionnaire).
    static func surveyDefinitionChecked(_ path: String, id: String, version: String, instrument: String, items: Int, scale: (min: Int, max: Int),
                                        weights: [String], rules: [String], feeds: (code: String, questionnaire: String)?) -> Localized {
        let (weights, rules) = (weights.joined(separator: ", "), rules.joined(separator: ", "))
        let fed = feeds.map { Localized(id: ", mengisi \($0.code) dari \($0.questionnaire)", en: ", feeds \($0.code) of \($0.questionnaire)") } ?? Localized("")
        return Localized(
            id: "\(path): \(id) versi \(version): survei '\(instrument)', \(items) unsur, skala \(scale.min)-\(scale.max), bobot \(weights), aturan indeks \(rules)\(fed.id)\n",
            en: "\(path): \(id) version \(version): survey '\(instrument)', \(items) items, scale \(scale.min)-\(scale.max), weights \(weights), index rules \(rules)\(fed.en)\n")
    }
}
