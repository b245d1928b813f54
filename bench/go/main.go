// Command format prints the file named by its one argument through Go's hujson.Format: the
// reference `npm run bench` times `tailnet-policy fmt` against, as a whole process, on the same
// machine (build.sh builds it from a checkout of github.com/tailscale/hujson).
package main

import (
	"fmt"
	"os"

	"github.com/tailscale/hujson"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: format FILE")
		os.Exit(2)
	}
	input, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	output, err := hujson.Format(input)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Stdout.Write(output)
}
