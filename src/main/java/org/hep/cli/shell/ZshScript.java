package org.hep.cli.shell;

import java.util.List;
import java.util.stream.Collectors;
import org.hep.cli.shell.CompletionModel.Command;
import org.hep.cli.shell.CompletionModel.Option;
import org.hep.cli.shell.CompletionModel.Values;

/** A native zsh completion function ({@code #compdef hep}) with descriptions for commands and options. */
public final class ZshScript {
    private ZshScript() {
    }

    public static String of(CompletionModel model) {
        StringBuilder s = new StringBuilder();
        s.append("#compdef hep\n# zsh completion for hep; made by 'hep completion zsh'.\n").append(PROLOGUE);
        s.append("_hep_options() {\n  case $1 in\n");
        for (Command c : model.commands()) {
            s.append("    '").append(c.name()).append("') reply=(");
            for (Option o : c.options()) {
                for (String n : o.names()) {
                    s.append("\n      ").append(quote(n + ":" + o.description()));
                }
            }
            s.append("\n    );;\n");
        }
        s.append("  esac\n}\n\n");
        s.append("_hep_valued() {\n  case $1 in\n");
        for (Command c : model.commands()) {
            s.append("    '").append(c.name()).append("') reply=(").append(c.options().stream()
                    .filter(Option::takesValue).flatMap(o -> o.names().stream()).collect(Collectors.joining(" ")))
                    .append(");;\n");
        }
        s.append("  esac\n}\n\n");
        s.append("_hep_value() {\n  case \"$1 $2\" in\n");
        s.append(model.valueArms(ZshScript::add));
        s.append("  esac\n}\n\n");
        s.append("_hep_operand() {\n  local -a commands\n  case $1 in\n    '') commands=(");
        for (Command c : model.subcommands()) {
            s.append("\n      ").append(quote(c.name() + ":" + c.description()));
        }
        s.append("\n    )\n    _describe -t commands 'hep command' commands;;\n");
        for (Command c : model.subcommands()) {
            if (c.operands().any()) {
                s.append("    '").append(c.name()).append("') ").append(add(c.operands())).append(";;\n");
            }
        }
        s.append("  esac\n}\n\n");
        s.append("_hep_many=(").append(model.subcommands().stream().filter(Command::manyOperands).map(Command::name)
                .collect(Collectors.joining(" "))).append(")\n\n");
        s.append(MAIN);
        return s.toString();
    }

    private static String add(Values v) {
        StringBuilder s = new StringBuilder();
        if (!v.words().isEmpty()) {
            s.append("compadd -- ").append(String.join(" ", v.words()));
        }
        if (v.files() || v.dirs()) {
            s.append(s.isEmpty() ? "" : "; ").append(v.files() ? "_files" : "_files -/");
        }
        return s.toString();
    }

    /** A single-quoted zsh word; a ':' in the name part would end it early for _describe. */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static final String PROLOGUE = """
            # Install: hep completion zsh > ~/.zfunc/_hep  (with fpath+=(~/.zfunc) before compinit),
            # or add to ~/.zshrc after compinit: source <(hep completion zsh)

            """;

    private static final String MAIN = """
            _hep() {
              local cur=${words[CURRENT]} cmd='' opt='' operands=0 i w
              local -a reply
              for (( i = 2; i < CURRENT; i++ )); do
                w=${words[i]}
                if [[ $w == -* ]]; then
                  _hep_valued "$cmd"
                  if [[ $w != *=* && ${reply[(Ie)$w]} -gt 0 ]]; then
                    (( i++ ))
                    (( i >= CURRENT )) && opt=$w
                  fi
                elif [[ -z $cmd ]]; then
                  cmd=$w
                else
                  (( operands++ ))
                fi
              done
              if [[ -z $opt && $cur == --*=* ]]; then
                opt=${cur%%=*}
                compset -P '*='
              fi
              if [[ -n $opt ]]; then
                _hep_value "$cmd" "$opt"
              elif [[ $cur == -* ]]; then
                _hep_options "$cmd"
                _describe -t options 'option' reply
              elif [[ -z $cmd ]]; then
                _hep_operand ''
              elif (( ${_hep_many[(Ie)$cmd]} == 0 && operands > 0 )); then
                return 1
              else
                _hep_operand "$cmd"
              fi
              return 0
            }

            if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
              _hep "$@"
            else
              compdef _hep hep
            fi
            """;
}
