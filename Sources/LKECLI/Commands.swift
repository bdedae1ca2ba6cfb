/// The registered commands, in help order. Each command lives in its own file.
let registeredCommands: [any Command.Type] = [
    CheckCommand.self,
]
