package render

import (
	"fmt"
	"text/template/parse"
)

// maxRangeCount is the largest number a template may range over as
// written: a range over a number runs that many times, and one over
// 100000000000 would hold a render for hours with no output to stop it.
const maxRangeCount = 1000

// checkRanges refuses, when a template is loaded, a range over a number
// written in it above maxRangeCount, with the place. It is the early,
// precise half of the bound: numbers a template computes or passes on
// ({{with}}, {{template}}, add) run into the time limit of execute.
func checkRanges(tree *parse.Tree) error {
	if tree == nil || tree.Root == nil {
		return nil
	}
	var bad *parse.NumberNode
	walkNodes(tree.Root, func(n parse.Node) {
		r, ok := n.(*parse.RangeNode)
		if !ok || bad != nil || r.Pipe == nil || len(r.Pipe.Cmds) != 1 || len(r.Pipe.Cmds[0].Args) != 1 {
			return
		}
		if num, ok := r.Pipe.Cmds[0].Args[0].(*parse.NumberNode); ok && (!num.IsInt || num.Int64 > maxRangeCount) {
			bad = num
		}
	})
	if bad != nil {
		loc, _ := tree.ErrorContext(bad)
		return fmt.Errorf("template: %s: a range over %s: a template may range over a number up to %d", loc, bad, maxRangeCount)
	}
	return nil
}

// walkNodes calls f on every node of a template's tree, parents first.
func walkNodes(n parse.Node, f func(parse.Node)) {
	if n == nil {
		return
	}
	f(n)
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		for _, c := range n.Nodes {
			walkNodes(c, f)
		}
	case *parse.IfNode:
		walkBranch(&n.BranchNode, f)
	case *parse.RangeNode:
		walkBranch(&n.BranchNode, f)
	case *parse.WithNode:
		walkBranch(&n.BranchNode, f)
	}
}

// walkBranch walks the lists of an if, range or with.
func walkBranch(b *parse.BranchNode, f func(parse.Node)) {
	walkNodes(b.List, f)
	walkNodes(b.ElseList, f)
}
