#include "build_ast.hpp"

#include <algorithm>

#include "TLAPlusLexer.h"
#include "ops.hpp"
#include "vouch/spec-frontend/diagnostics.hpp"

namespace vouch::frontend {

namespace {

using P = vouch_antlr::TLAPlusParser;
using antlr4::ParserRuleContext;
using antlr4::Token;
using antlr4::tree::TerminalNode;

std::shared_ptr<Decl> makeDecl(Decl::Kind kind, std::string name, int arity, SourceRange r,
                               const Module* m) {
  auto d = std::make_shared<Decl>();
  d->kind = kind;
  d->name = std::move(name);
  d->arity = arity;
  d->range = r;
  d->module = m;
  return d;
}

class Builder {
 public:
  explicit Builder(SourceFilePtr file) : file_(std::move(file)) {}

  ModulePtr module(P::ModuleContext* ctx, const Module* parent);

 private:
  // ---- positions
  SourceLoc begin(Token* t) const {
    return {static_cast<uint32_t>(t->getLine()),
            static_cast<uint32_t>(t->getCharPositionInLine() + 1)};
  }
  SourceLoc end(Token* t) const {
    // Multi-line tokens (strings cannot, comments are dropped) are not a concern here.
    uint32_t len = 0;
    for (unsigned char c : t->getText()) len += (c & 0xC0) != 0x80;
    return {static_cast<uint32_t>(t->getLine()),
            static_cast<uint32_t>(t->getCharPositionInLine() + 1 + len)};
  }
  SourceRange range(Token* t) const { return {file_.get(), begin(t), end(t)}; }
  SourceRange range(TerminalNode* n) const { return range(n->getSymbol()); }
  SourceRange range(ParserRuleContext* c) const {
    Token* stop = c->getStop() != nullptr ? c->getStop() : c->getStart();
    // A virtual JUNCTION_END has no text; fall back to the start when it precedes the start.
    SourceRange r{file_.get(), begin(c->getStart()), end(stop)};
    if (stop->getType() == vouch_antlr::TLAPlusLexer::JUNCTION_END) r.end = begin(stop);
    return r;
  }
  SourceRange span(const SourceRange& a, const SourceRange& b) const {
    return {file_.get(), a.begin, b.end};
  }
  [[noreturn]] void error(const SourceRange& r, const std::string& msg) const {
    throw InputError(ErrorKind::Syntax, r, msg);
  }

  // ---- units
  void unit(P::UnitContext* ctx, Module& m);
  Param opDecl(P::OpDeclContext* ctx);
  OpDefPtr lhsDef(P::LhsContext* ctx);
  OpDefPtr operatorDefinition(P::OperatorDefinitionContext* ctx);
  OpDefPtr functionDefinition(P::FunctionDefinitionContext* ctx);
  OpDefPtr moduleDefinition(P::ModuleDefinitionContext* ctx);
  std::shared_ptr<InstanceSpec> instance(P::InstanceContext* ctx);
  std::string infixSymbol(P::InfixSymbolContext* ctx) { return canonicalOperator(ctx->getText()); }

  // ---- expressions
  ExprPtr expr(P::ExprContext* ctx);
  ExprPtr postfixTerm(P::PostfixTermContext* ctx);
  ExprPtr primary(P::PrimaryContext* ctx);
  ExprPtr argument(P::ArgumentContext* ctx);
  ExprPtr subscript(P::SubscriptContext* ctx);
  Bound quantBound(P::QuantBoundContext* ctx);
  Bound binder(P::BinderContext* ctx, P::ExprContext* set);
  ExprPtr make(ExprKind k, const SourceRange& r) { return std::make_shared<Expr>(k, r); }
  ExprPtr opApp(const std::string& name, OpSyntax syntax, const SourceRange& r,
                std::vector<ExprPtr> args) {
    auto e = make(ExprKind::OpApp, r);
    e->name = name;
    e->syntax = syntax;
    e->args = std::move(args);
    return e;
  }
  std::vector<ExprPtr> exprs(const std::vector<P::ExprContext*>& cs) {
    std::vector<ExprPtr> out;
    out.reserve(cs.size());
    for (auto* c : cs) out.push_back(expr(c));
    return out;
  }

  // Precedence resolution over the flat sequence of one `expr`.
  struct Item {
    std::vector<std::pair<std::string, SourceRange>> prefixOps;
    ExprPtr operand;
  };
  struct Infix {
    std::string name;
    SourceRange range;
    OpInfo info;
  };
  ExprPtr climb(size_t& i, int minPrec);
  ExprPtr climbPrefix(size_t& i, size_t prefixIndex);
  std::vector<Item> items_;
  std::vector<Infix> infixes_;  // infixes_[k] stands between items_[k] and items_[k + 1]

  SourceFilePtr file_;
};

// ------------------------------------------------------------------------------------ units

ModulePtr Builder::module(P::ModuleContext* ctx, const Module* parent) {
  auto m = std::make_shared<Module>();
  m->name = ctx->name->getText();
  m->range = range(ctx);
  m->file = file_;
  m->parent = parent;
  if (auto* ext = ctx->extendsDecl()) {
    Unit u;
    u.kind = Unit::Kind::Extends;
    u.range = range(ext);
    for (auto* id : ext->IDENT()) {
      u.names.push_back(id->getText());
      u.nameRanges.push_back(range(id));
    }
    m->units.push_back(std::move(u));
  }
  for (auto* uc : ctx->unit()) unit(uc, *m);
  return m;
}

Param Builder::opDecl(P::OpDeclContext* ctx) {
  Param p;
  p.range = range(ctx);
  if (ctx->MINUS() != nullptr) {
    p.name = "-.";
    p.arity = 1;
  } else if (ctx->infixSymbol() != nullptr) {
    p.name = infixSymbol(ctx->infixSymbol());
    p.arity = 2;
  } else if (ctx->POSTFIX_OP() != nullptr) {
    p.name = ctx->POSTFIX_OP()->getText();
    p.arity = 1;
  } else {
    p.name = ctx->IDENT()->getText();
    p.arity = static_cast<int>(ctx->UNDERSCORE().size());
  }
  return p;
}

OpDefPtr Builder::lhsDef(P::LhsContext* ctx) {
  auto d = std::make_shared<OpDef>();
  auto ids = ctx->IDENT();
  if (ctx->MINUS() != nullptr) {
    d->form = OpDef::Form::Prefix;
    d->name = "-.";
    d->nameRange = range(ctx->MINUS());
    d->params.push_back({ids[0]->getText(), 0, range(ids[0])});
  } else if (ctx->infixSymbol() != nullptr) {
    d->form = OpDef::Form::Infix;
    d->name = infixSymbol(ctx->infixSymbol());
    d->nameRange = range(ctx->infixSymbol());
    d->params.push_back({ids[0]->getText(), 0, range(ids[0])});
    d->params.push_back({ids[1]->getText(), 0, range(ids[1])});
  } else if (ctx->POSTFIX_OP() != nullptr) {
    d->form = OpDef::Form::Postfix;
    d->name = ctx->POSTFIX_OP()->getText();
    d->nameRange = range(ctx->POSTFIX_OP());
    d->params.push_back({ids[0]->getText(), 0, range(ids[0])});
  } else {
    d->name = ids[0]->getText();
    d->nameRange = range(ids[0]);
    for (auto* pc : ctx->opDecl()) d->params.push_back(opDecl(pc));
  }
  return d;
}

OpDefPtr Builder::operatorDefinition(P::OperatorDefinitionContext* ctx) {
  OpDefPtr d = lhsDef(ctx->lhs());
  d->body = expr(ctx->expr());
  d->range = range(ctx);
  return d;
}

OpDefPtr Builder::functionDefinition(P::FunctionDefinitionContext* ctx) {
  auto d = std::make_shared<OpDef>();
  d->name = ctx->IDENT()->getText();
  d->nameRange = range(ctx->IDENT());
  d->isFunction = true;
  auto body = make(ExprKind::FuncCons, range(ctx));
  for (auto* qb : ctx->quantBound()) body->bounds.push_back(quantBound(qb));
  body->args.push_back(expr(ctx->expr()));
  d->body = body;
  d->range = range(ctx);
  return d;
}

std::shared_ptr<InstanceSpec> Builder::instance(P::InstanceContext* ctx) {
  auto inst = std::make_shared<InstanceSpec>();
  inst->module = ctx->IDENT()->getText();
  inst->moduleRange = range(ctx->IDENT());
  for (auto* s : ctx->substitution()) {
    InstanceSpec::Substitution sub;
    if (s->IDENT() != nullptr) {
      sub.name = s->IDENT()->getText();
    } else if (s->infixSymbol() != nullptr) {
      sub.name = infixSymbol(s->infixSymbol());
    } else if (s->MINUS() != nullptr) {
      sub.name = "-.";
    } else {
      sub.name = canonicalOperator(s->children[0]->getText());
    }
    sub.value = argument(s->argument());
    sub.range = range(s);
    inst->substitutions.push_back(std::move(sub));
  }
  return inst;
}

OpDefPtr Builder::moduleDefinition(P::ModuleDefinitionContext* ctx) {
  OpDefPtr d = lhsDef(ctx->lhs());
  d->instance = instance(ctx->instance());
  d->range = range(ctx);
  return d;
}

void Builder::unit(P::UnitContext* ctx, Module& m) {
  Unit u;
  u.kind = Unit::Kind::Definition;
  u.range = range(ctx);
  u.local = ctx->LOCAL() != nullptr;
  if (auto* v = ctx->variableDecl()) {
    for (auto* id : v->IDENT()) {
      Unit vu;
      vu.kind = Unit::Kind::Variable;
      vu.range = range(id);
      vu.decl = makeDecl(Decl::Kind::Variable, id->getText(), 0, range(id), &m);
      m.units.push_back(std::move(vu));
    }
    return;
  }
  if (auto* c = ctx->constantDecl()) {
    for (auto* dc : c->opDecl()) {
      Param p = opDecl(dc);
      Unit cu;
      cu.kind = Unit::Kind::Constant;
      cu.range = p.range;
      cu.decl = makeDecl(Decl::Kind::Constant, p.name, p.arity, p.range, &m);
      m.units.push_back(std::move(cu));
    }
    return;
  }
  if (auto* r = ctx->recursiveDecl()) {
    for (auto* dc : r->opDecl()) {
      Unit ru;
      ru.kind = Unit::Kind::Recursive;
      ru.range = range(dc);
      ru.recursive = opDecl(dc);
      m.units.push_back(std::move(ru));
    }
    return;
  }
  if (auto* i = ctx->instance()) {
    u.kind = Unit::Kind::Instance;
    u.instance = instance(i);
  } else if (auto* md = ctx->moduleDefinition()) {
    u.def = moduleDefinition(md);
  } else if (auto* fd = ctx->functionDefinition()) {
    u.def = functionDefinition(fd);
  } else if (auto* od = ctx->operatorDefinition()) {
    u.def = operatorDefinition(od);
  } else if (auto* a = ctx->assumption()) {
    u.kind = Unit::Kind::Assume;
    u.expr = expr(a->expr());
    if (a->IDENT() != nullptr) {
      u.name = a->IDENT()->getText();
      u.def = std::make_shared<OpDef>();
      u.def->name = u.name;
      u.def->nameRange = range(a->IDENT());
      u.def->body = u.expr;
      u.def->range = range(a);
    }
  } else if (auto* t = ctx->theorem()) {
    u.kind = Unit::Kind::Theorem;
    if (t->expr() != nullptr) u.expr = expr(t->expr());
    if (t->IDENT() != nullptr) {
      u.name = t->IDENT()->getText();
      u.def = std::make_shared<OpDef>();  // no body when the statement is ASSUME ... PROVE
      u.def->name = u.name;
      u.def->nameRange = range(t->IDENT());
      u.def->range = range(t);
    }
  } else if (auto* nested = ctx->module()) {
    u.kind = Unit::Kind::Module;
    u.module = module(nested, &m);
  } else {
    return;  // separator, USE, HIDE
  }
  if (u.def) {
    u.def->local = u.local;
    u.def->module = &m;
  }
  m.units.push_back(std::move(u));
}

// ------------------------------------------------------------------------------ expressions

ExprPtr Builder::expr(P::ExprContext* ctx) {
  // Collect the flat sequence, then resolve precedence. Nested exprs are built first (they
  // reuse items_/infixes_), so save and restore the outer sequence.
  std::vector<Item> items;
  std::vector<Infix> infixes;
  for (auto* pt : ctx->prefixTerm()) {
    Item it;
    for (auto* po : pt->prefixOperator()) {
      std::string name = po->MINUS() != nullptr ? "-." : canonicalOperator(po->getText());
      it.prefixOps.emplace_back(name, range(po));
    }
    it.operand = postfixTerm(pt->postfixTerm());
    items.push_back(std::move(it));
  }
  for (auto* io : ctx->infixOperator()) {
    std::string name = canonicalOperator(io->getText());
    auto info = infixInfo(name);
    if (!info) error(range(io), "'" + io->getText() + "' is not an infix operator");
    infixes.push_back({name, range(io), *info});
  }
  if (items.size() == 1 && items[0].prefixOps.empty()) return items[0].operand;
  std::swap(items, items_);
  std::swap(infixes, infixes_);
  size_t i = 0;
  ExprPtr e = climb(i, 0);
  std::swap(items, items_);
  std::swap(infixes, infixes_);
  return e;
}

// Parses items_[i..] (with the infix operators between them) at minimum precedence minPrec.
// Position i counts items; infixes_[i] follows items_[i].
ExprPtr Builder::climb(size_t& i, int minPrec) {
  ExprPtr lhs = climbPrefix(i, 0);
  std::optional<Infix> last;  // the last operator applied at this level, for conflicts
  while (i < infixes_.size()) {
    const Infix& op = infixes_[i];
    if (op.info.low < minPrec) break;
    if (last) {
      bool same = last->name == op.name;
      bool overlap = op.info.low <= last->info.high && last->info.low <= op.info.high;
      if (overlap && !(same && op.info.leftAssoc)) {
        error(op.range, "precedence conflict between '" + last->name + "' and '" + op.name +
                            "': add parentheses");
      }
    }
    ++i;
    ExprPtr rhs = climb(i, op.info.high + 1);
    if (op.name == "\\X" && last && last->name == "\\X" && lhs->kind == ExprKind::OpApp &&
        lhs->name == "\\X" && lhs->syntax == OpSyntax::Infix) {
      lhs->args.push_back(rhs);  // `A \X B \X C` is one ternary product
      lhs->range = span(lhs->range, rhs->range);
    } else {
      lhs = opApp(op.name, OpSyntax::Infix, span(lhs->range, rhs->range), {lhs, rhs});
    }
    last = op;
  }
  return lhs;
}

// The operand at items_[i] with its prefix operators from prefixIndex on: a prefix operator
// takes as its argument everything of higher precedence that follows.
ExprPtr Builder::climbPrefix(size_t& i, size_t prefixIndex) {
  Item& item = items_[i];
  if (prefixIndex == item.prefixOps.size()) return item.operand;
  const auto& [name, r] = item.prefixOps[prefixIndex];
  auto info = prefixInfo(name);
  int prec = info ? info->low : 15;
  ExprPtr arg = climbPrefix(i, prefixIndex + 1);
  // Extend the argument over infix operators that bind tighter than the prefix operator.
  while (i < infixes_.size() && infixes_[i].info.low > prec) {
    const Infix op = infixes_[i];
    ++i;
    ExprPtr rhs = climb(i, op.info.high + 1);
    arg = opApp(op.name, OpSyntax::Infix, span(arg->range, rhs->range), {arg, rhs});
  }
  return opApp(name, OpSyntax::Prefix, span(r, arg->range), {arg});
}

ExprPtr Builder::postfixTerm(P::PostfixTermContext* ctx) {
  ExprPtr e = primary(ctx->primary());
  for (auto* po : ctx->postfixOp()) {
    SourceRange r = span(e->range, range(po));
    if (auto* app = dynamic_cast<P::ApplicationContext*>(po)) {
      auto f = make(ExprKind::FuncApp, r);
      f->args.push_back(e);
      for (auto& a : exprs(app->expr())) f->args.push_back(a);
      e = f;
    } else if (auto* fa = dynamic_cast<P::FieldAccessContext*>(po)) {
      auto f = make(ExprKind::FieldAccess, r);
      f->args.push_back(e);
      f->text = fa->fieldName()->getText();
      e = f;
    } else if (dynamic_cast<P::PrimeContext*>(po) != nullptr) {
      e = opApp("'", OpSyntax::Postfix, r, {e});
    } else {
      e = opApp(po->getText(), OpSyntax::Postfix, r, {e});
    }
  }
  return e;
}

Bound Builder::binder(P::BinderContext* ctx, P::ExprContext* set) {
  Bound b;
  for (auto* id : ctx->IDENT()) {
    b.names.push_back(id->getText());
    b.nameRanges.push_back(range(id));
  }
  b.tuple = ctx->LANGLE() != nullptr;
  if (set != nullptr) b.set = expr(set);
  return b;
}

Bound Builder::quantBound(P::QuantBoundContext* ctx) {
  Bound b;
  for (auto* id : ctx->IDENT()) {
    b.names.push_back(id->getText());
    b.nameRanges.push_back(range(id));
  }
  b.tuple = ctx->LANGLE() != nullptr;
  b.set = expr(ctx->expr());
  return b;
}

ExprPtr Builder::argument(P::ArgumentContext* ctx) {
  if (ctx->expr() != nullptr) return expr(ctx->expr());
  std::string name = ctx->MINUS() != nullptr && ctx->DOT() != nullptr
                         ? "-."
                         : canonicalOperator(ctx->getText());
  return opApp(name, OpSyntax::Name, range(ctx), {});
}

ExprPtr Builder::subscript(P::SubscriptContext* ctx) {
  if (ctx->LANGLE() != nullptr) {
    auto t = make(ExprKind::Tuple, range(ctx));
    t->args = exprs(ctx->expr());
    return t;
  }
  if (ctx->LPAREN() != nullptr) return expr(ctx->expr(0));
  auto ids = ctx->IDENT();
  auto e = opApp(ids.back()->getText(), OpSyntax::Name, range(ctx), {});
  for (size_t k = 0; k + 1 < ids.size(); ++k) {
    e->path.push_back({ids[k]->getText(), {}, range(ids[k])});
  }
  return e;
}

ExprPtr Builder::primary(P::PrimaryContext* ctx) {
  SourceRange r = range(ctx);
  if (auto* n = dynamic_cast<P::NumberContext*>(ctx)) {
    auto e = make(ExprKind::Number, r);
    std::string t = n->getText();
    if (t.size() > 1 && t[0] == '\\') {
      int base = (t[1] == 'b' || t[1] == 'B') ? 2 : (t[1] == 'o' || t[1] == 'O') ? 8 : 16;
      // Convert to decimal text with arbitrary length (schoolbook on a digit string).
      std::string dec = "0";
      for (size_t k = 2; k < t.size(); ++k) {
        int digit = std::isdigit(static_cast<unsigned char>(t[k]))
                        ? t[k] - '0'
                        : std::tolower(static_cast<unsigned char>(t[k])) - 'a' + 10;
        int carry = digit;
        for (auto it = dec.rbegin(); it != dec.rend(); ++it) {
          int v = (*it - '0') * base + carry;
          *it = static_cast<char>('0' + v % 10);
          carry = v / 10;
        }
        while (carry > 0) {
          dec.insert(dec.begin(), static_cast<char>('0' + carry % 10));
          carry /= 10;
        }
      }
      t = dec;
    } else if (t.find('.') == std::string::npos) {
      size_t nz = t.find_first_not_of('0');
      t = nz == std::string::npos ? "0" : t.substr(nz);
    }
    e->text = t;
    return e;
  }
  if (auto* s = dynamic_cast<P::StringContext*>(ctx)) {
    auto e = make(ExprKind::String, r);
    std::string raw = s->getText();
    std::string v;
    for (size_t k = 1; k + 1 < raw.size(); ++k) {
      if (raw[k] == '\\' && k + 2 < raw.size()) {
        char c = raw[++k];
        switch (c) {
          case 'n': v += '\n'; break;
          case 't': v += '\t'; break;
          case 'r': v += '\r'; break;
          case 'f': v += '\f'; break;
          default: v += c; break;
        }
      } else {
        v += raw[k];
      }
    }
    e->text = v;
    return e;
  }
  if (dynamic_cast<P::AtContext*>(ctx) != nullptr) return make(ExprKind::At, r);
  if (auto* p = dynamic_cast<P::ParenContext*>(ctx)) return expr(p->expr());
  if (auto* a = dynamic_cast<P::AndListContext*>(ctx)) {
    auto e = make(ExprKind::Junction, r);
    e->text = "and";
    e->args = exprs(a->expr());
    return e;
  }
  if (auto* o = dynamic_cast<P::OrListContext*>(ctx)) {
    auto e = make(ExprKind::Junction, r);
    e->text = "or";
    e->args = exprs(o->expr());
    return e;
  }
  if (auto* i = dynamic_cast<P::IfContext*>(ctx)) {
    auto e = make(ExprKind::If, r);
    e->args = exprs(i->expr());
    return e;
  }
  if (auto* c = dynamic_cast<P::CaseContext*>(ctx)) {
    auto e = make(ExprKind::Case, r);
    for (auto* arm : c->caseArm()) {
      e->args.push_back(expr(arm->expr(0)));
      e->args.push_back(expr(arm->expr(1)));
    }
    if (c->OTHER() != nullptr) {
      e->hasOther = true;
      e->args.push_back(expr(c->expr()));
    }
    return e;
  }
  if (auto* l = dynamic_cast<P::LetContext*>(ctx)) {
    auto e = make(ExprKind::Let, r);
    std::vector<Param> recursive;
    for (auto* lu : l->letUnit()) {
      if (auto* rd = lu->recursiveDecl()) {
        for (auto* dc : rd->opDecl()) recursive.push_back(opDecl(dc));
        continue;
      }
      OpDefPtr d = lu->functionDefinition() != nullptr ? functionDefinition(lu->functionDefinition())
                   : lu->moduleDefinition() != nullptr ? moduleDefinition(lu->moduleDefinition())
                                                       : operatorDefinition(lu->operatorDefinition());
      for (const auto& p : recursive) d->recursive |= p.name == d->name;
      e->defs.push_back(d);
    }
    e->args.push_back(expr(l->expr()));
    return e;
  }
  if (auto* q = dynamic_cast<P::BoundedQuantContext*>(ctx)) {
    auto e = make(ExprKind::Quant, r);
    e->text = canonicalOperator(q->children[0]->getText());
    for (auto* qb : q->quantBound()) e->bounds.push_back(quantBound(qb));
    e->args.push_back(expr(q->expr()));
    return e;
  }
  if (auto* q = dynamic_cast<P::UnboundedQuantContext*>(ctx)) {
    auto e = make(ExprKind::Quant, r);
    e->text = canonicalOperator(q->children[0]->getText());
    Bound b;
    for (auto* id : q->IDENT()) {
      b.names.push_back(id->getText());
      b.nameRanges.push_back(range(id));
    }
    e->bounds.push_back(std::move(b));
    e->args.push_back(expr(q->expr()));
    return e;
  }
  if (auto* c = dynamic_cast<P::ChooseContext*>(ctx)) {
    auto e = make(ExprKind::Choose, r);
    auto es = c->expr();
    e->bounds.push_back(binder(c->binder(), es.size() == 2 ? es[0] : nullptr));
    e->args.push_back(expr(es.back()));
    return e;
  }
  if (dynamic_cast<P::EmptySetContext*>(ctx) != nullptr) return make(ExprKind::SetEnum, r);
  if (auto* f = dynamic_cast<P::SetFilterContext*>(ctx)) {
    auto e = make(ExprKind::SetFilter, r);
    e->bounds.push_back(binder(f->binder(), f->expr(0)));
    e->args.push_back(expr(f->expr(1)));
    return e;
  }
  if (auto* m = dynamic_cast<P::SetMapContext*>(ctx)) {
    auto e = make(ExprKind::SetMap, r);
    e->args.push_back(expr(m->expr()));
    for (auto* qb : m->quantBound()) e->bounds.push_back(quantBound(qb));
    return e;
  }
  if (auto* s = dynamic_cast<P::SetEnumContext*>(ctx)) {
    auto e = make(ExprKind::SetEnum, r);
    e->args = exprs(s->expr());
    return e;
  }
  if (auto* f = dynamic_cast<P::FunctionConsContext*>(ctx)) {
    auto e = make(ExprKind::FuncCons, r);
    for (auto* qb : f->quantBound()) e->bounds.push_back(quantBound(qb));
    e->args.push_back(expr(f->expr()));
    return e;
  }
  if (auto* f = dynamic_cast<P::FunctionSetContext*>(ctx)) {
    auto e = make(ExprKind::FuncSet, r);
    e->args = exprs(f->expr());
    return e;
  }
  if (auto* rc = dynamic_cast<P::RecordContext*>(ctx)) {
    auto e = make(ExprKind::Record, r);
    for (auto* fn : rc->fieldName()) e->fields.push_back(fn->getText());
    e->args = exprs(rc->expr());
    return e;
  }
  if (auto* rs = dynamic_cast<P::RecordSetContext*>(ctx)) {
    auto e = make(ExprKind::RecordSet, r);
    for (auto* fn : rs->fieldName()) e->fields.push_back(fn->getText());
    e->args = exprs(rs->expr());
    return e;
  }
  if (auto* ex = dynamic_cast<P::ExceptContext*>(ctx)) {
    auto e = make(ExprKind::Except, r);
    e->args.push_back(expr(ex->expr()));
    for (auto* spec : ex->exceptSpec()) {
      ExceptUpdate u;
      for (auto* comp : spec->exceptComponent()) {
        ExceptUpdate::Step s;
        if (comp->DOT() != nullptr) {
          s.field = true;
          s.name = comp->fieldName()->getText();
        } else {
          s.args = exprs(comp->expr());
        }
        u.path.push_back(std::move(s));
      }
      u.value = expr(spec->expr());
      e->updates.push_back(std::move(u));
    }
    return e;
  }
  if (auto* b = dynamic_cast<P::BoxActionContext*>(ctx)) {
    auto e = make(ExprKind::BoxAction, r);
    e->args = {expr(b->expr()), subscript(b->subscript())};
    return e;
  }
  if (auto* a = dynamic_cast<P::AngleActionContext*>(ctx)) {
    auto e = make(ExprKind::AngleAction, r);
    e->args = {expr(a->expr()), subscript(a->subscript())};
    return e;
  }
  if (auto* t = dynamic_cast<P::TupleContext*>(ctx)) {
    auto e = make(ExprKind::Tuple, r);
    e->args = exprs(t->expr());
    return e;
  }
  if (auto* f = dynamic_cast<P::FairnessContext*>(ctx)) {
    auto e = make(ExprKind::Fairness, r);
    e->text = f->WF_() != nullptr ? "WF" : "SF";
    e->args = {subscript(f->subscript()), expr(f->expr())};
    return e;
  }
  if (auto* l = dynamic_cast<P::LambdaContext*>(ctx)) {
    auto e = make(ExprKind::Lambda, r);
    for (auto* id : l->IDENT()) e->params.push_back(id->getText());
    e->args.push_back(expr(l->expr()));
    return e;
  }
  if (auto* l = dynamic_cast<P::LabelContext*>(ctx)) {
    auto e = make(ExprKind::Label, r);
    auto ids = l->IDENT();
    e->text = ids[0]->getText();
    for (size_t k = 1; k < ids.size(); ++k) e->params.push_back(ids[k]->getText());
    e->args.push_back(expr(l->expr()));
    return e;
  }
  auto* o = dynamic_cast<P::OpRefContext*>(ctx);
  std::vector<NameSegment> segs;
  {
    auto* ns = o->nameSegment();
    NameSegment seg;
    seg.name = ns->IDENT()->getText();
    for (auto* a : ns->argument()) seg.args.push_back(argument(a));
    seg.range = range(ns);
    segs.push_back(std::move(seg));
  }
  for (auto* qs : o->qualifiedSegment()) {
    NameSegment seg;
    if (qs->IDENT() != nullptr) {
      seg.name = qs->IDENT()->getText();
    } else if (qs->infixSymbol() != nullptr) {
      seg.name = infixSymbol(qs->infixSymbol());
    } else if (qs->MINUS() != nullptr) {
      seg.name = "-.";
    } else {
      seg.name = canonicalOperator(qs->children[0]->getText());
    }
    for (auto* a : qs->argument()) seg.args.push_back(argument(a));
    seg.range = range(qs);
    segs.push_back(std::move(seg));
  }
  NameSegment last = std::move(segs.back());
  segs.pop_back();
  auto e = opApp(last.name, OpSyntax::Name, r, std::move(last.args));
  e->path = std::move(segs);
  return e;
}

}  // namespace

ModulePtr buildModule(P::ModuleContext* ctx, SourceFilePtr file) {
  Builder b(std::move(file));
  return b.module(ctx, nullptr);
}

}  // namespace vouch::frontend
