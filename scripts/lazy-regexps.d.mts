import type ts from "typescript";
/** `under` ("src/"): only the tsconfig files below it are roots (and what they import). */
export function repositoryProgram(under?: string): { program: ts.Program; checker: ts.TypeChecker };
export function constantRegexesAskingForClass(
  program: ts.Program,
  checker: ts.TypeChecker,
  folder?: string,
): { sf: ts.SourceFile; decl: ts.VariableDeclaration; where: string }[];
