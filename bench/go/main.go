// Command hujson-go runs Go's github.com/tailscale/hujson, the library our HuJSON engine ports,
// for `npm run bench` (build.sh builds it from a checkout of the library):
//
//	hujson-go format FILE   prints hujson.Format of FILE: the reference `fmt` is timed against
//	hujson-go ops           reads records from stdin, each a little-endian uint32 length and that
//	                        many bytes, and writes per record four results (Format, Standardize,
//	                        Minimize, Parse then Pack), each a status byte (0 done, 1 error) and
//	                        a little-endian uint32 length before the output or the error's text
package main

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"os"

	"github.com/tailscale/hujson"
)

func main() {
	switch {
	case len(os.Args) == 3 && os.Args[1] == "format":
		formatFile(os.Args[2])
	case len(os.Args) == 2 && os.Args[1] == "ops":
		if err := ops(os.Stdin, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
	default:
		fmt.Fprintln(os.Stderr, "usage: hujson-go format FILE | hujson-go ops")
		os.Exit(2)
	}
}

func formatFile(name string) {
	input, err := os.ReadFile(name)
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

// operation runs one of the four on a copy of input: Go's functions may change their input.
func operation(input []byte, op int) ([]byte, error) {
	input = append([]byte(nil), input...)
	if op == 0 {
		return hujson.Format(input)
	}
	value, err := hujson.Parse(input)
	if err != nil {
		return nil, err
	}
	switch op {
	case 1:
		value.Standardize()
	case 2:
		value.Minimize()
	}
	return value.Pack(), nil
}

func ops(in io.Reader, out io.Writer) error {
	reader := bufio.NewReaderSize(in, 1<<20)
	writer := bufio.NewWriterSize(out, 1<<20)
	defer writer.Flush()
	var length [4]byte
	for {
		if _, err := io.ReadFull(reader, length[:]); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
		input := make([]byte, binary.LittleEndian.Uint32(length[:]))
		if _, err := io.ReadFull(reader, input); err != nil {
			return err
		}
		for op := 0; op < 4; op++ {
			output, err := operation(input, op)
			status := byte(0)
			if err != nil {
				status, output = 1, []byte(err.Error())
			}
			writer.WriteByte(status)
			binary.LittleEndian.PutUint32(length[:], uint32(len(output)))
			writer.Write(length[:])
			writer.Write(output)
		}
	}
}
