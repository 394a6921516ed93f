// TLA+ lexer. Junction-list bullets, the module end and proof skipping are handled by the layout
// pass (src/layout.cpp) between this lexer and the parser; see docs/adr/0001-frontend-pipeline.md.
lexer grammar TLAPlusLexer;

tokens { BULLET_AND, BULLET_OR, JUNCTION_END, WF_, SF_, SKIPPED }

// ---- module structure ----
MODULE_BEGIN : '----' '-'* [ \t]* 'MODULE' ;
SEPARATOR    : '----' '-'* ;
MODULE_END   : '====' '='* ;

// ---- keywords ----
ASSUME      : 'ASSUME' ;
ASSUMPTION  : 'ASSUMPTION' ;
AXIOM       : 'AXIOM' ;
CASE        : 'CASE' ;
CHOOSE      : 'CHOOSE' ;
CONSTANT    : 'CONSTANT' | 'CONSTANTS' ;
DOMAIN      : 'DOMAIN' ;
ELSE        : 'ELSE' ;
ENABLED     : 'ENABLED' ;
EXCEPT      : 'EXCEPT' ;
EXTENDS     : 'EXTENDS' ;
IF          : 'IF' ;
IN          : 'IN' ;
INSTANCE    : 'INSTANCE' ;
LAMBDA      : 'LAMBDA' ;
LET         : 'LET' ;
LOCAL       : 'LOCAL' ;
MODULE      : 'MODULE' ;
OTHER       : 'OTHER' ;
RECURSIVE   : 'RECURSIVE' ;
SUBSET      : 'SUBSET' ;
THEN        : 'THEN' ;
THEOREM     : 'THEOREM' | 'LEMMA' | 'PROPOSITION' | 'COROLLARY' ;
UNCHANGED   : 'UNCHANGED' ;
UNION       : 'UNION' ;
VARIABLE    : 'VARIABLE' | 'VARIABLES' ;
WITH        : 'WITH' ;
USE         : 'USE' ;
HIDE        : 'HIDE' ;
// Proof keywords: only the layout pass looks at these (it skips proofs).
PROOF_KW    : 'PROOF' | 'BY' | 'OBVIOUS' | 'OMITTED' | 'QED' | 'PROVE' | 'SUFFICES' | 'PICK'
            | 'HAVE' | 'TAKE' | 'WITNESS' | 'DEFINE' | 'DEF' | 'DEFS' | 'NEW' | 'ONLY'
            | 'STATE' | 'ACTION' | 'TEMPORAL' ;
ALL         : '\\A' | '\\forall' | '\u2200' ;
EXISTS      : '\\E' | '\\exists' | '\u2203' ;
TALL        : '\\AA' ;
TEXISTS     : '\\EE' ;

// ---- punctuation with syntactic roles ----
DEFEQ       : '==' | '\u225C' ;
LPAREN      : '(' ;
RPAREN      : ')' ;
LBRACKET    : '[' ;
RBRACKET    : ']' ;
RBRACKET_US : ']_' ;
LBRACE      : '{' ;
RBRACE      : '}' ;
LANGLE      : '<<' | '\u27E8' ;
RANGLE      : '>>' | '\u27E9' ;
RANGLE_US   : '>>_' | '\u27E9_' ;
COMMA       : ',' ;
COLONCOLON  : '::' ;
COLON       : ':' ;
DOT         : '.' ;
BANG        : '!' ;
AT          : '@' ;
MAPSTO      : '|->' | '\u21A6' ;
ARROW       : '->' | '\u2192' ;
LARROW      : '<-' ;
UNDERSCORE  : '_' ;
PRIME       : '\'' ;
BOX         : '[]' | '\u25A1' ;
DIAMOND     : '<>' | '\u25C7' ;

// ---- operators with syntactic roles ----
AND         : '/\\' | '\\land' | '\u2227' ;
OR          : '\\/' | '\\lor' | '\u2228' ;
NOT         : '~' | '\\lnot' | '\\neg' | '\u00AC' ;
IN_OP       : '\\in' | '\u2208' ;
MINUS       : '-' ;
TIMES_X     : '\\X' | '\\times' | '\u00D7' ;
EQ          : '=' ;

// ---- every other operator (the text says which; see ops.cpp for the table) ----
INFIX_OP
  : '=>' | '\u21D2' | '<=>' | '\u21D4' | '\\equiv' | '\u2261' | '~>' | '\u219D' | '-+->'
  | '#' | '/=' | '\u2260' | '<' | '>' | '<=' | '=<' | '\\leq' | '\u2264' | '>=' | '\\geq' | '\u2265'
  | '\\notin' | '\u2209' | '\\subseteq' | '\u2286' | '\\subset' | '\u2282' | '\\supseteq' | '\u2287'
  | '\\supset' | '\u2283' | '\\sqsubseteq' | '\\sqsupseteq' | '\\sqsubset' | '\\sqsupset'
  | '\\prec' | '\\preceq' | '\\succ' | '\\succeq' | '\\ll' | '\\gg' | '\\sim' | '\\simeq'
  | '\\approx' | '\\asymp' | '\\cong' | '\\doteq' | '\\propto' | '|-' | '-|' | '|=' | '=|'
  | ':=' | '::='
  | '@@' | ':>' | '<:'
  | '\\cup' | '\u222A' | '\\union' | '\\cap' | '\u2229' | '\\intersect' | '\\'
  | '..' | '...' | '$' | '$$' | '??' | '!!' | '##' | '\\sqcap' | '\\sqcup' | '\\uplus' | '\\wr'
  | '+' | '(+)' | '\u2295' | '\\oplus' | '++' | '%' | '%%' | '|' | '||'
  | '(-)' | '\u2296' | '\\ominus' | '--'
  | '*' | '**' | '/' | '//' | '\\div' | '\\o' | '\\circ' | '\u2218' | '(.)' | '\u2299' | '\\odot'
  | '(/)' | '\u2298' | '\\oslash' | '(\\X)' | '\u2297' | '\\otimes' | '\\bigcirc' | '\\bullet'
  | '\\star' | '&' | '&&' | '\\cdot'
  | '^' | '^^'
  ;
POSTFIX_OP  : '^+' | '^*' | '^#' ;

// ---- literals ----
NUMBER      : [0-9]+ ('.' [0-9]+)?
            | '\\' [bB] [01]+
            | '\\' [oO] [0-7]+
            | '\\' [hH] [0-9a-fA-F]+ ;
STRING      : '"' ( '\\' . | ~["\\\r\n] )* '"' ;
UNTERMINATED_STRING : '"' ( '\\' . | ~["\\\r\n] )* ;
IDENT       : [a-zA-Z0-9_]* [a-zA-Z] [a-zA-Z0-9_]* ;

// ---- trivia ----
// Comments never reach the lexer: the pre-scan (src/layout.cpp, blankComments) replaces them by
// spaces, with proper nesting of (* *) and an exact location for an unterminated one.
WS            : [ \t\r\n\f\u000B]+ -> skip ;

ERROR_CHAR  : . ;
