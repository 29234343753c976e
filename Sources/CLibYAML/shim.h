// libyaml, the parser Yams wraps, used directly (Debian: libyaml-dev). Its header is self-contained.
#include <yaml.h>
