package org.hep.cli.shell;

import java.util.List;
import java.util.stream.Collectors;
import org.hep.cli.shell.CompletionModel.Command;
import org.hep.cli.shell.CompletionModel.Option;
import org.hep.cli.shell.CompletionModel.Values;

/**
 * A bash completion function for {@code hep}. File names are completed wherever a path is
 * expected (with {@code compopt -o filenames}, so folders get their slash), and nowhere else.
 */
public final class BashScript {
    private BashScript() {
    }

    public static String of(CompletionModel model) {
        StringBuilder s = new StringBuilder();
        s.append("# bash completion for hep; made by 'hep completion bash'.\n");
        s.append(PROLOGUE);
        s.append("_hep_options() {\n  case $1 in\n");
        for (Command c : model.commands()) {
            s.append("    '").append(c.name()).append("') echo '").append(names(c.options())).append("';;\n");
        }
        s.append("  esac\n}\n\n");
        s.append("# Options that take a value, between spaces, for skipping that value.\n");
        s.append("_hep_valued() {\n  case $1 in\n");
        for (Command c : model.commands()) {
            s.append("    '").append(c.name()).append("') echo ' ")
                    .append(names(c.options().stream().filter(Option::takesValue).toList())).append(" ';;\n");
        }
        s.append("  esac\n}\n\n");
        s.append("_hep_value() {\n  case \"$1 $2\" in\n");
        s.append(model.valueArms(BashScript::add));
        s.append("  esac\n}\n\n");
        s.append("_hep_operand() {\n  case $1 in\n");
        s.append("    '') _hep_add '").append(String.join(" ", model.subcommands().stream().map(Command::name).toList()))
                .append("';;\n");
        for (Command c : model.subcommands()) {
            if (c.operands().any()) {
                s.append("    '").append(c.name()).append("') ").append(add(c.operands())).append(";;\n");
            }
        }
        s.append("  esac\n}\n\n");
        s.append("# Commands that take more than one operand.\n_hep_many=' ").append(model.subcommands().stream()
                .filter(Command::manyOperands).map(Command::name).collect(Collectors.joining(" "))).append(" '\n\n");
        s.append(MAIN);
        return s.toString();
    }

    private static String names(List<Option> options) {
        return options.stream().flatMap(o -> o.names().stream()).collect(Collectors.joining(" "));
    }

    private static String add(Values v) {
        StringBuilder s = new StringBuilder();
        if (!v.words().isEmpty()) {
            s.append("_hep_add '").append(String.join(" ", v.words())).append("'");
        }
        if (v.files() || v.dirs()) {
            s.append(s.isEmpty() ? "" : "; ").append(v.files() ? "_hep_files -f" : "_hep_files -d");
        }
        return s.toString();
    }

    private static final String PROLOGUE = """
            # Install: source <(hep completion bash), or save it as
            # ~/.local/share/bash-completion/completions/hep

            _hep_add() {
              local w
              for w in $(compgen -W "$1" -- "$cur"); do COMPREPLY+=("$w"); done
            }

            # File (-f) or folder (-d) names; compopt marks them so bash adds '/' and quotes.
            _hep_files() {
              local w
              while IFS= read -r w; do COMPREPLY+=("$w"); done < <(compgen "$1" -- "$cur")
              compopt -o filenames 2>/dev/null
              return 0
            }

            """;

    private static final String MAIN = """
            _hep() {
              local cur=${COMP_WORDS[COMP_CWORD]}
              local cmd='' opt='' operands=0 i w
              COMPREPLY=()
              # bash splits "--template=la" into "--template", "=", "la"; the loop finds the option.
              [[ $cur == '=' ]] && cur=''
              for (( i = 1; i < COMP_CWORD; i++ )); do
                w=${COMP_WORDS[i]}
                if [[ $w == -* ]]; then
                  if [[ $(_hep_valued "$cmd") == *" $w "* ]]; then
                    if [[ ${COMP_WORDS[i+1]} == '=' ]]; then (( i += 2 )); else (( i++ )); fi
                    (( i >= COMP_CWORD )) && opt=$w
                  fi
                elif [[ -z $cmd && $w != '=' ]]; then
                  cmd=$w
                elif [[ $w != '=' ]]; then
                  (( operands++ ))
                fi
              done
              if [[ -n $opt ]]; then
                _hep_value "$cmd" "$opt"
              elif [[ $cur == -* ]]; then
                _hep_add "$(_hep_options "$cmd")"
              elif [[ -z $cmd ]]; then
                _hep_operand ''
              elif [[ $_hep_many != *" $cmd "* ]] && (( operands > 0 )); then
                return 0
              else
                _hep_operand "$cmd"
              fi
              return 0
            }

            complete -F _hep hep
            """;
}
