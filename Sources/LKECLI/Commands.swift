/// The registered commands, in help order (the main job first). Each command lives in its own file.
let registeredCommands: [any Command.Type] = [
    ScoreCommand.self,
    ExplainCommand.self,
    GapCommand.self,
    PlanCommand.self,
    InitCommand.self,
    FillCommand.self,
    AttestCommand.self,
    BatchCommand.self,
    DiffCommand.self,
    SurveyCommand.self,
    ImportCommand.self,
    CheckCommand.self,
    EvidenceCommand.self,
    CompletionsCommand.self,
]
