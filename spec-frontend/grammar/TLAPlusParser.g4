// TLA+ parser over the token stream produced by the layout pass (src/layout.cpp).
// Expressions are parsed flat (operands, prefix, infix operators); precedence and associativity
// are resolved afterwards from the operator table (src/ops.cpp), so that conflicts between
// operators of overlapping precedence are reported as SANY does.
parser grammar TLAPlusParser;

options { tokenVocab = TLAPlusLexer; }

file : module EOF ;

module : MODULE_BEGIN name=IDENT SEPARATOR extendsDecl? unit* MODULE_END ;

extendsDecl : EXTENDS IDENT (COMMA IDENT)* ;

unit
  : variableDecl
  | constantDecl
  | recursiveDecl
  | LOCAL? instance
  | LOCAL? moduleDefinition
  | LOCAL? functionDefinition
  | LOCAL? operatorDefinition
  | assumption
  | theorem
  | module
  | SEPARATOR
  | useOrHide
  ;

variableDecl : VARIABLE IDENT (COMMA IDENT)* ;
constantDecl : CONSTANT opDecl (COMMA opDecl)* ;
recursiveDecl : RECURSIVE opDecl (COMMA opDecl)* ;

// A declared operator: `x`, `F(_, _)`, `-. _`, `_ + _`, `_ ^+`.
opDecl
  : IDENT LPAREN UNDERSCORE (COMMA UNDERSCORE)* RPAREN
  | IDENT
  | MINUS DOT UNDERSCORE
  | UNDERSCORE infixSymbol UNDERSCORE
  | UNDERSCORE POSTFIX_OP
  ;

// What a definition defines: `Op`, `Op(a, F(_))`, `a + b`, `-. a`, `a ^+`.
lhs
  : IDENT (LPAREN opDecl (COMMA opDecl)* RPAREN)?
  | MINUS DOT IDENT
  | IDENT infixSymbol IDENT
  | IDENT POSTFIX_OP
  ;

infixSymbol : INFIX_OP | MINUS | AND | OR | EQ | IN_OP | TIMES_X ;

operatorDefinition : lhs DEFEQ expr ;
functionDefinition : IDENT LBRACKET quantBound (COMMA quantBound)* RBRACKET DEFEQ expr ;
moduleDefinition : lhs DEFEQ instance ;
instance : INSTANCE IDENT (WITH substitution (COMMA substitution)*)? ;
substitution : (IDENT | infixSymbol | MINUS DOT | POSTFIX_OP | NOT) LARROW argument ;

assumption : (ASSUME | ASSUMPTION | AXIOM) (IDENT DEFEQ)? expr ;
// The layout pass keeps the keyword, the name and a statement that is an expression; an
// `ASSUME ... PROVE` statement and every proof are skipped.
theorem : THEOREM (IDENT DEFEQ)? expr? ;
useOrHide : USE | HIDE ;

// ---------------------------------------------------------------- expressions
expr : prefixTerm (infixOperator prefixTerm)* ;

infixOperator : INFIX_OP | AND | OR | IN_OP | MINUS | TIMES_X | EQ ;

prefixTerm : prefixOperator* postfixTerm ;
prefixOperator : NOT | MINUS | SUBSET | UNION | DOMAIN | ENABLED | UNCHANGED | BOX | DIAMOND ;

postfixTerm : primary postfixOp* ;
postfixOp
  : LBRACKET expr (COMMA expr)* RBRACKET     # Application
  | DOT fieldName                            # FieldAccess
  | PRIME                                    # Prime
  | POSTFIX_OP                               # PostfixOperator
  ;

primary
  : NUMBER                                                           # Number
  | STRING                                                           # String
  | AT                                                               # At
  | LPAREN expr RPAREN                                               # Paren
  | BULLET_AND expr (BULLET_AND expr)* JUNCTION_END                  # AndList
  | BULLET_OR expr (BULLET_OR expr)* JUNCTION_END                    # OrList
  | IF expr THEN expr ELSE expr                                      # If
  | CASE caseArm (BOX caseArm)* (BOX OTHER ARROW expr)?              # Case
  | LET letUnit+ IN expr                                             # Let
  | (ALL | EXISTS) quantBound (COMMA quantBound)* COLON expr         # BoundedQuant
  | (ALL | EXISTS | TALL | TEXISTS) IDENT (COMMA IDENT)* COLON expr   # UnboundedQuant
  | CHOOSE binder (IN_OP expr)? COLON expr                           # Choose
  | LBRACE RBRACE                                                    # EmptySet
  | LBRACE binder IN_OP expr COLON expr RBRACE                       # SetFilter
  | LBRACE expr COLON quantBound (COMMA quantBound)* RBRACE          # SetMap
  | LBRACE expr (COMMA expr)* RBRACE                                 # SetEnum
  | LBRACKET quantBound (COMMA quantBound)* MAPSTO expr RBRACKET     # FunctionCons
  | LBRACKET expr ARROW expr RBRACKET                                # FunctionSet
  | LBRACKET fieldName MAPSTO expr (COMMA fieldName MAPSTO expr)* RBRACKET  # Record
  | LBRACKET fieldName COLON expr (COMMA fieldName COLON expr)* RBRACKET    # RecordSet
  | LBRACKET expr EXCEPT exceptSpec (COMMA exceptSpec)* RBRACKET     # Except
  | LBRACKET expr RBRACKET_US subscript                              # BoxAction
  | LANGLE expr RANGLE_US subscript                                  # AngleAction
  | LANGLE (expr (COMMA expr)*)? RANGLE                              # Tuple
  | (WF_ | SF_) subscript LPAREN expr RPAREN                         # Fairness
  | LAMBDA IDENT (COMMA IDENT)* COLON expr                           # Lambda
  | IDENT (LPAREN IDENT (COMMA IDENT)* RPAREN)? COLONCOLON expr      # Label
  | nameSegment (BANG qualifiedSegment)*                             # OpRef
  ;

nameSegment
  : IDENT (LPAREN argument (COMMA argument)* RPAREN)?
  ;

// After `I!`: a name, an operator symbol (`R!+(a, b)`), or a subexpression selector
// (`Op!1`, `Op!:`, `Op!<<`, `Op!>>`, `Op!@`).
qualifiedSegment
  : IDENT (LPAREN argument (COMMA argument)* RPAREN)?
  | (infixSymbol | MINUS DOT | POSTFIX_OP | NOT) (LPAREN argument (COMMA argument)* RPAREN)?
  | NUMBER
  | COLON
  | LANGLE
  | RANGLE
  | AT
  ;

argument
  : expr
  | infixSymbol
  | MINUS DOT
  ;

subscript
  : IDENT (BANG IDENT)*
  | LANGLE (expr (COMMA expr)*)? RANGLE
  | LPAREN expr RPAREN
  ;

caseArm : expr ARROW expr ;
letUnit : recursiveDecl | functionDefinition | moduleDefinition | operatorDefinition ;

binder : IDENT | LANGLE IDENT (COMMA IDENT)* RANGLE ;
quantBound
  : LANGLE IDENT (COMMA IDENT)* RANGLE IN_OP expr
  | IDENT (COMMA IDENT)* IN_OP expr
  ;

exceptSpec : BANG exceptComponent+ EQ expr ;
exceptComponent
  : DOT fieldName
  | LBRACKET expr (COMMA expr)* RBRACKET
  ;

// Record field names may be any identifier; keywords-as-fields are not TLA+.
fieldName : IDENT ;
