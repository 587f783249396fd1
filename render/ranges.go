package render

import (
	"fmt"
	"text/template/parse"
)

// maxRangeCount is the largest number a template may range over: a
// range over a number runs that many times, and one over 100000000000
// would hold a render for hours, with no output to stop it.
const maxRangeCount = 1000

// checkRanges refuses a template whose range runs over anything but the
// letter's data: a number above maxRangeCount, a function's result
// (add, inc, ... make numbers of any size), or a variable set to one of
// those. The letter's lists are as long as the letter makes them.
func checkRanges(tree *parse.Tree) error {
	if tree == nil || tree.Root == nil {
		return nil
	}
	counted := map[string]parse.Node{}
	var bad parse.Node
	walkNodes(tree.Root, func(n parse.Node) {
		switch n := n.(type) {
		case *parse.PipeNode:
			if why := countedPipe(n, counted); why != nil {
				for _, v := range n.Decl {
					counted[v.Ident[0]] = why
				}
			}
		case *parse.RangeNode:
			if why := countedPipe(n.Pipe, counted); why != nil && bad == nil {
				bad = why
			}
		}
	})
	if bad != nil {
		loc, _ := tree.ErrorContext(bad)
		return fmt.Errorf("template: %s: a range over %s: a template may range over the letter's data, or a number up to %d", loc, bad, maxRangeCount)
	}
	return nil
}

// countedPipe returns the node that makes a pipeline a count rather than
// the letter's data (a number above the bound, a function call, a
// variable set to such), or nil.
func countedPipe(p *parse.PipeNode, counted map[string]parse.Node) parse.Node {
	if p == nil || len(p.Cmds) == 0 {
		return nil
	}
	last := p.Cmds[len(p.Cmds)-1]
	if len(p.Cmds) > 1 || len(last.Args) > 1 {
		return last // a function's result
	}
	switch a := last.Args[0].(type) {
	case *parse.NumberNode:
		if !a.IsInt || a.Int64 > maxRangeCount {
			return a
		}
	case *parse.IdentifierNode, *parse.PipeNode:
		return a
	case *parse.VariableNode:
		if len(a.Ident) == 1 && counted[a.Ident[0]] != nil {
			return a
		}
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
	case *parse.ActionNode:
		walkNodes(n.Pipe, f)
	case *parse.PipeNode:
		if n == nil {
			return
		}
		for _, c := range n.Cmds {
			for _, a := range c.Args {
				walkNodes(a, f)
			}
		}
	case *parse.IfNode:
		walkBranch(&n.BranchNode, f)
	case *parse.RangeNode:
		walkBranch(&n.BranchNode, f)
	case *parse.WithNode:
		walkBranch(&n.BranchNode, f)
	case *parse.TemplateNode:
		walkNodes(n.Pipe, f)
	}
}

// walkBranch walks an if, range or with: its pipeline and both lists.
func walkBranch(b *parse.BranchNode, f func(parse.Node)) {
	walkNodes(b.Pipe, f)
	walkNodes(b.List, f)
	walkNodes(b.ElseList, f)
}
