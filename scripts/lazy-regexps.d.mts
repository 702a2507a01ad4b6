import type ts from "typescript";
export function repositoryProgram(): { program: ts.Program; checker: ts.TypeChecker };
export function constantRegexesAskingForClass(
  program: ts.Program,
  checker: ts.TypeChecker,
  folder?: string,
): { sf: ts.SourceFile; decl: ts.VariableDeclaration; where: string }[];
