package main

import (
	"strings"
	"testing"
)

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: a
spec:
  selector: {matchLabels: {app: a}}
  template:
    metadata: {labels: {app: a}}
    spec:
      containers: [{name: a, image: a:1}]
`

func TestAcceptsAValidManifest(t *testing.T) {
	names, err := run(strings.NewReader("# comment\n---\n" + deployment))
	if err != nil || len(names) != 1 || names[0] != "Deployment/a" {
		t.Fatalf("got %v, %v", names, err)
	}
}

func TestRefusesAMisspeltField(t *testing.T) {
	_, err := run(strings.NewReader(strings.Replace(deployment, "containers:", "container:", 1)))
	if err == nil || !strings.Contains(err.Error(), `unknown field "container"`) {
		t.Fatalf("got %v", err)
	}
}

func TestRefusesAWrongType(t *testing.T) {
	_, err := run(strings.NewReader(strings.Replace(deployment, "spec:\n  selector", "spec:\n  replicas: two\n  selector", 1)))
	if err == nil {
		t.Fatal("replicas: two was accepted")
	}
}

func TestRefusesAnUnknownKindAndABadName(t *testing.T) {
	if _, err := run(strings.NewReader("apiVersion: v1\nkind: Pod2\nmetadata: {name: a}\n")); err == nil {
		t.Fatal("kind Pod2 was accepted")
	}
	if _, err := run(strings.NewReader(strings.Replace(deployment, "name: a\nspec", "name: A_b\nspec", 1))); err == nil {
		t.Fatal("name A_b was accepted")
	}
}
